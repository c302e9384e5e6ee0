import { el } from "./dom";

/**
 * Hands a PDF made in the page to the browser as a download, from the sidebar's sandboxed iframe.
 *
 * Why this works, and what would not:
 * - Apps Script serves the sidebar in an iframe sandboxed with allow-same-origin, allow-forms,
 *   allow-scripts, allow-popups, allow-downloads, allow-modals and allow-popups-to-escape-sandbox
 *   (« HTML Service: Restrictions », https://developers.google.com/apps-script/guides/html/restrictions).
 * - Since Chrome 83 a sandboxed iframe may start a download only when its sandbox has
 *   allow-downloads (https://www.chromestatus.com/feature/5706745674465280; the HTML change:
 *   https://github.com/whatwg/html/issues/3236; sites fixing it by adding the flag:
 *   https://github.com/nextcloud/files_pdfviewer/pull/186). The sidebar's sandbox has it.
 * - With allow-downloads, Chrome and Firefox also let a download start without a user gesture
 *   (https://github.com/mdn/content/issues/33334): the click on a hidden <a download> made after the
 *   server's answer and the drawing is honoured, though the button's click is seconds old by then.
 * - A blob: URL, not a data: URL: the PDF (hundreds of KB) stays binary instead of a base64 string
 *   a third longer, and since Chrome 60 window.open or a link to a data: URL in the top frame is
 *   blocked (https://www.chromestatus.com/feature/5669602927312896). window.open is not needed: it
 *   would show the PDF in a new tab rather than save it.
 * Fallback: the same blob: URL is left as a visible link (as the « CSV et écritures » files are),
 * for a browser that would refuse the automatic download: clicking it is a user gesture.
 */
export function offerDownload(list: HTMLElement, name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }));
  const link = el("a", { text: name, attrs: { href: url, download: name } });
  list.append(el("li", {}, [link, ` (${Math.max(1, Math.round(bytes.length / 1024))} Ko)`]));
  link.click();
}
