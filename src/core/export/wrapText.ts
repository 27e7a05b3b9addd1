/**
 * Breaks text into lines of at most `maxChars` characters at spaces; a word longer than a line is
 * cut. Without a DOM there is no text measurement, so callers turn a width into `maxChars` with a
 * conservative average glyph width.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    let rest = word;
    while (Array.from(rest).length > limit) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      lines.push(Array.from(rest).slice(0, limit).join(''));
      rest = Array.from(rest).slice(limit).join('');
    }
    const candidate = line === '' ? rest : `${line} ${rest}`;
    if (Array.from(candidate).length <= limit) {
      line = candidate;
    } else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
