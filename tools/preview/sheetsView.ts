// A plain, read-only view of the emulated spreadsheet: one tab per sheet, the displayed values
// of the chosen one (escaped: a name holding HTML shows as text), its charts.
import { type World, columnToLetters, createServices } from "../emulator";
import { escapeHtml } from "./html";

const MAX_ROWS = 400;

function a1(name: string, rows: number, columns: number): string {
  return `'${name.replace(/'/g, "''")}'!A1:${columnToLetters(columns)}${rows}`;
}

function isReport(metadata: { key: string }[]): boolean {
  return metadata.some((m) => m.key === "valorise.report");
}

export function renderSheetsView(world: World, chosen: string | null): string {
  const { handle } = createServices({ world });
  const model = world.spreadsheet;
  const sheet = (chosen !== null && model.sheetByName(chosen)) || model.activeSheet();
  const tabs = model.sheets
    .map((s) => {
      const classes = [s === sheet ? "on" : "", isReport(s.metadata) ? "report" : ""].join(" ").trim();
      return `<a class="${classes}" href="/sheets?sheet=${encodeURIComponent(s.name)}">${escapeHtml(s.name)}</a>`;
    })
    .join("");
  const lastRow = Math.min(sheet.lastRow(), MAX_ROWS);
  const lastColumn = sheet.lastColumn();
  let table = "<p class=\"empty\">Feuille vide.</p>";
  if (lastRow > 0 && lastColumn > 0) {
    const values = handle.displayValues(a1(sheet.name, lastRow, lastColumn));
    const head = `<tr><th></th>${values[0]!.map((_, j) => `<th>${columnToLetters(j + 1)}</th>`).join("")}</tr>`;
    const body = values
      .map((row, i) => {
        const frozen = i < sheet.frozenRows ? " class=\"frozen\"" : "";
        return `<tr${frozen}><th>${i + 1}</th>${row.map((v) => `<td>${escapeHtml(v)}</td>`).join("")}</tr>`;
      })
      .join("");
    table = `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
    if (sheet.lastRow() > MAX_ROWS) table += `<p class="empty">… ${sheet.lastRow() - MAX_ROWS} lignes de plus.</p>`;
  }
  const charts = sheet.charts.length
    ? `<ul class="charts">${sheet.charts
        .map((c) => `<li>Graphique ${escapeHtml(c.chartType)} « ${escapeHtml(c.options.title ?? "")} » sur ${escapeHtml(c.ranges.join(", "))}</li>`)
        .join("")}</ul>`
    : "";
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Classeur émulé</title><style>
body{margin:0;font:12px Arial,sans-serif;color:#202124}
nav{position:sticky;top:0;background:#f1f3f4;border-bottom:1px solid #dadce0;padding:4px;display:flex;gap:2px;flex-wrap:wrap}
nav a{padding:4px 8px;border-radius:4px 4px 0 0;color:#202124;text-decoration:none;background:#e8eaed}
nav a.on{background:#fff;font-weight:bold;box-shadow:0 -2px 0 #1a73e8 inset}
nav a.report::before{content:"◆ ";color:#1a73e8}
table{border-collapse:collapse;margin:4px}
th,td{border:1px solid #e0e0e0;padding:2px 6px;white-space:nowrap;max-width:420px;overflow:hidden;text-overflow:ellipsis}
th{background:#f8f9fa;color:#5f6368;font-weight:normal}
tr.frozen td{background:#e8f0fe;font-weight:bold}
.empty,.charts{margin:8px;color:#5f6368}
</style></head><body><nav>${tabs}</nav>${table}${charts}</body></html>`;
}
