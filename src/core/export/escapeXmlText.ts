/**
 * Characters XML 1.0 forbids (C0 controls except tab, LF, CR; U+FFFE/U+FFFF; lone surrogates):
 * one of them makes the whole SVG unreadable, so they are dropped rather than escaped.
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for an SVG/XML string, in element content and in quoted attribute values alike,
 * so a label such as `<img src=x onerror=alert(1)>` or `</script><script>` stays inert text.
 */
export function escapeXmlText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
