/** Media types of the files the app offers for download. */
export const MEDIA_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
} as const;

/**
 * Object URLs are revoked a little after the click rather than at once: the browser reads the URL
 * asynchronously when it starts the download, and some browsers fail when it is already gone.
 */
const REVOKE_AFTER_MS = 10_000;

/**
 * The one place that turns bytes into a download: a Blob, an object URL (allowed by the CSP's
 * blob: sources; no data ever leaves the browser), a temporary `<a download>` clicked, and the URL
 * revoked after. `fileName` must already be safe (sanitiseFileName).
 */
export function downloadBytes(data: Uint8Array | Blob | string, fileName: string, mediaType: string): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
