// Bundles the sidebar (src/sidebar: page HTML, CSS and the TypeScript that drives it) into the one
// file HtmlService serves: dist/Sidebar.html, with the style and the script inlined.
import { build } from "esbuild";
import { readFile, writeFile } from "node:fs/promises";

/** A bundle inlined in <script> must not close the element early. */
function inlineScript(code) {
  return code.replace(/<\/(script)/gi, "<\\/$1");
}

/**
 * jsPDF's browser build imports html2canvas, DOMPurify and canvg on demand, for its html() and
 * addSvgAsImage(), which the renderer never calls: each resolves to an empty module, not bundled.
 */
const unusedByJsPdf = {
  name: "unused-by-jspdf",
  setup(b) {
    b.onResolve({ filter: /^(html2canvas|dompurify|canvg)$/ }, (args) => ({ path: args.path, namespace: "unused" }));
    b.onLoad({ filter: /.*/, namespace: "unused" }, () => ({ contents: "export default undefined;", loader: "js" }));
  },
};

const bundle = (entry, plugins = []) => build({
  entryPoints: [entry],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2019",
  minify: true,
  legalComments: "none",
  write: false,
  logLevel: "error",
  plugins,
});

export async function buildSidebar({ root, dist }) {
  const dir = `${root}src/sidebar`;
  // The PDF code (jsPDF and the font) is kept as text until the first PDF is asked for
  // (src/sidebar/pdfLoader.ts): the sidebar opens as fast as without it. VALORISE_PDF_EAGER=1 inlines
  // it as a plain script instead, to measure what that costs.
  const [result, pdf] = await Promise.all([bundle(`${dir}/main.ts`), bundle(`${dir}/pdfEntry.ts`, [unusedByJsPdf])]);
  const pdfType = process.env.VALORISE_PDF_EAGER ? "" : ' type="text/plain"';
  const [page, css] = await Promise.all([readFile(`${dir}/index.html`, "utf8"), readFile(`${dir}/styles.css`, "utf8")]);
  const html = page
    .replace("<!-- STYLE -->", () => `<style>\n${css.trim()}\n</style>`)
    .replace("<!-- SCRIPT -->", () => `<script>\n${inlineScript(result.outputFiles[0].text.trim())}\n</script>`)
    .replace("<!-- PDF -->", () => `<script id="pdf-code"${pdfType}>\n${inlineScript(pdf.outputFiles[0].text.trim())}\n</script>`);
  if (html.includes("<!-- STYLE -->") || html.includes("<!-- SCRIPT -->") || html.includes("<!-- PDF -->")) throw new Error("src/sidebar/index.html: placeholder left");
  await writeFile(`${dist}/Sidebar.html`, html);
  const pdfBytes = Buffer.byteLength(pdf.outputFiles[0].text);
  console.log(`dist/Sidebar.html: ${(Buffer.byteLength(html) / 1024).toFixed(1)} Ko (dont ${(pdfBytes / 1024).toFixed(1)} Ko de code PDF, lu au premier PDF demandé)`);
}
