import { describe, expect, it } from 'vitest';
import { escapeXmlText } from '../../../src/core/export/escapeXmlText';

describe('escapeXmlText', () => {
  it.each([
    { text: '<img src=x onerror=alert(1)>', expected: '&lt;img src=x onerror=alert(1)&gt;' },
    { text: '</script><script>', expected: '&lt;/script&gt;&lt;script&gt;' },
    { text: 'A & B', expected: 'A &amp; B' },
    { text: '&amp;', expected: '&amp;amp;' },
    { text: `"x" onload='y'`, expected: '&quot;x&quot; onload=&apos;y&apos;' },
    { text: 'Financiën — 12,5%', expected: 'Financiën — 12,5%' },
    // control characters XML forbids are dropped; tab and newline stay
    { text: 'a\u0000b\u0008c\td\ne', expected: 'abc\td\ne' },
    { text: 'lone \uD800 surrogate', expected: 'lone  surrogate' },
    { text: 'pair 😀', expected: 'pair 😀' },
  ])('$text -> $expected', ({ text, expected }) => {
    expect(escapeXmlText(text)).toBe(expected);
  });

  it('keeps hostile labels inert: the parsed SVG has one text node and no element from the label', () => {
    const label = '<img src=x onerror=alert(1)></text></svg><script>alert(1)</script>';
    const markup = `<svg xmlns="http://www.w3.org/2000/svg"><text title="${escapeXmlText(label)}">${escapeXmlText(label)}</text></svg>`;
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    const text = doc.getElementsByTagName('text')[0];
    expect(text?.textContent).toBe(label);
    expect(text?.getAttribute('title')).toBe(label);
  });
});
