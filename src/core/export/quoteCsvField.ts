/**
 * Quotes a field per RFC 4180 when it holds the separator, a double quote, CR or LF; quotes
 * inside are doubled. Other fields stay bare so numbers remain numbers to the reader.
 */
export function quoteCsvField(field: string, separator: string): string {
  const needsQuotes = field.includes(separator) || /["\r\n]/.test(field);
  return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
}
