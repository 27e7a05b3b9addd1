import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF (as Chromium's page.pdf() makes it), read with pdf.js: the text
 * runs of a page joined by spaces. Runs split where the PDF changes font or line, so a sentence
 * is best compared without its whitespace (see squeezed).
 */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * A text without whitespace or soft hyphens and with ligatures spelled out (the PDF writes "ff" in
 * "betreffen" as one glyph, U+FB00, in a run of its own), to compare what a PDF holds with what
 * the page shows.
 */
export const squeezed = (text: string): string => text.normalize('NFKC').replace(/[\s\u00ad]+/g, '');
