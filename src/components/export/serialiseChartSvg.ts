/**
 * Presentation properties copied from the live chart onto its copy, so that the file looks the
 * same without the app's stylesheet (classes and CSS custom properties mean nothing in an .svg).
 */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;

/** Attributes that only make sense inside the page (styling hooks, references to page ids). */
const DROPPED = /^(class|style|role|aria-.*|data-.*|tabindex)$/;

/**
 * The base (light) design tokens: the custom properties of top-level `:root` rules, i.e. outside
 * any @media (prefers-color-scheme: dark) block. An intranet's own top-level theme is included.
 * Exports use them whatever theme the screen shows, since the file is framed in white.
 */
function baseTokens(doc: Document): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a stylesheet of another origin cannot be read; the app has none
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSStyleRule) || rule.selectorText.trim() !== ':root') continue;
      for (const name of Array.from(rule.style)) {
        if (name.startsWith('--')) tokens.set(name, rule.style.getPropertyValue(name).trim());
      }
    }
  }
  return tokens;
}

/** Width and height of the chart from its viewBox (the size it was drawn at), else its box. */
export function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! };
  const rect = svg.getBoundingClientRect();
  return { width: Math.round(rect.width) || 640, height: Math.round(rect.height) || 320 };
}

/**
 * The chart's <svg> as standalone markup: a deep copy, styled by the light tokens while briefly
 * in the page (off screen), every computed presentation property written as an attribute, page-only
 * attributes removed, and an explicit size. The live chart is not touched.
 */
export function serialiseChartSvg(svg: SVGSVGElement): string {
  const doc = svg.ownerDocument;
  const { width, height } = chartSize(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const holder = doc.createElement('div');
  // CSSOM, not a style attribute: the Content-Security-Policy allows the former only.
  holder.style.setProperty('position', 'absolute');
  holder.style.setProperty('left', '-100000px');
  holder.style.setProperty('top', '0');
  holder.style.setProperty('width', `${width}px`);
  for (const [name, value] of baseTokens(doc)) holder.style.setProperty(name, value);
  holder.setAttribute('aria-hidden', 'true');
  holder.append(copy);
  doc.body.append(holder);
  try {
    const elements = [copy, ...Array.from(copy.querySelectorAll('*'))];
    const styles = elements.map((element) => doc.defaultView!.getComputedStyle(element));
    elements.forEach((element, i) => {
      for (const property of INLINED) {
        const value = styles[i]!.getPropertyValue(property);
        if (value) element.setAttribute(property, value);
      }
    });
    for (const element of elements) {
      for (const name of element.getAttributeNames()) if (DROPPED.test(name)) element.removeAttribute(name);
    }
  } finally {
    holder.remove();
  }
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('overflow', 'visible');
  return new XMLSerializer().serializeToString(copy);
}
