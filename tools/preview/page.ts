import { TOKEN_HEADER } from "./guard";
import { escapeHtml } from "./html";

/**
 * The sandbox Apps Script puts the sidebar in (IFRAME mode, « HTML Service: Restrictions »,
 * https://developers.google.com/apps-script/guides/html/restrictions): the page meets the same
 * limits here, downloads included (allowed by allow-downloads).
 */
const SIDEBAR_SANDBOX = "allow-same-origin allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox";

/**
 * The preview's shell: a fake Extensions > Valorise menu, the sidebar (300 px) and the spreadsheet.
 * Its menu calls carry the preview's token (guard.ts).
 */
export function shellPage(menu: { caption: string; functionName: string }[], token: string): string {
  const items = menu
    .map((m) => `<button type="button" data-fn="${escapeHtml(m.functionName)}">${escapeHtml(m.caption)}</button>`)
    .join("");
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Valorise – aperçu local</title><style>
html,body{height:100%;margin:0;font:13px Arial,sans-serif;color:#202124}
body{display:flex;flex-direction:column}
header{display:flex;gap:12px;align-items:center;padding:6px 10px;border-bottom:1px solid #dadce0;background:#fff}
header b{color:#1a73e8}
.menu{display:flex;gap:4px;align-items:center}
.menu span{color:#5f6368}
.menu button{font:inherit;border:1px solid #dadce0;background:#fff;border-radius:4px;padding:3px 8px;cursor:pointer}
#alert{margin-left:auto;color:#5f6368;max-width:40%;white-space:pre-wrap}
main{flex:1;display:flex;min-height:0}
#sheets{flex:1;border:0;min-width:0}
[hidden]{display:none!important}
aside{width:300px;flex:none;border-left:1px solid #dadce0;display:flex;flex-direction:column}
aside h2{margin:0;padding:8px 10px;font-size:14px;border-bottom:1px solid #dadce0;display:flex;justify-content:space-between}
#sidebar{flex:1;border:0;width:300px}
</style></head><body>
<header><b>Valorise</b><div class="menu"><span>Extensions › Valorise ›</span>${items}</div><p id="alert" role="status"></p></header>
<main><iframe id="sheets" title="Classeur émulé" src="/sheets"></iframe>
<aside id="panel"><h2>Valorise <button type="button" id="close" aria-label="Fermer">×</button></h2><iframe id="sidebar" title="Panneau Valorise" src="/sidebar" sandbox="${SIDEBAR_SANDBOX}"></iframe></aside></main>
<script>
var sheets = document.getElementById("sheets");
var sidebar = document.getElementById("sidebar");
var panel = document.getElementById("panel");
function reloadSheets(active) {
  if (active) sheets.src = "/sheets?t=" + Date.now();
  else sheets.contentWindow.location.reload();
}
window.addEventListener("message", function (e) {
  if (!e.data || !e.data.valorise) return;
  if (e.data.valorise === "close") panel.hidden = true;
  if (e.data.valorise === "changed" && /^(generateReport|openReportSheet)$/.test(e.data.fn)) reloadSheets(true);
});
document.getElementById("close").addEventListener("click", function () { panel.hidden = true; });
document.querySelectorAll(".menu button").forEach(function (b) {
  b.addEventListener("click", function () {
    fetch("/menu/" + encodeURIComponent(b.dataset.fn), { method: "POST", headers: { "${TOKEN_HEADER}": "${token}" } }).then(function (r) { return r.json(); }).then(function (reply) {
      document.getElementById("alert").textContent = reply.alert || reply.error || "";
      if (reply.sidebar) { panel.hidden = false; sidebar.src = "/sidebar?t=" + Date.now(); }
    });
  });
});
</script></body></html>`;
}
