/**
 * Reports an element's content width now and whenever it changes, so that a chart is drawn at
 * the width it has rather than scaled down. Where there is no ResizeObserver (old browsers, the
 * test DOM) it reports nothing and the chart keeps its fallback width.
 */
export function measureWidth(element: HTMLElement, onwidth: (width: number) => void) {
  if (typeof ResizeObserver === 'undefined') return {};
  let report = onwidth;
  const observer = new ResizeObserver((entries) => {
    const width = Math.floor(entries[0]?.contentRect.width ?? 0);
    if (width > 0) report(width);
  });
  observer.observe(element);
  return {
    update(next: (width: number) => void) {
      report = next;
    },
    destroy() {
      observer.disconnect();
    },
  };
}
