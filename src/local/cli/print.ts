export type Align = "left" | "right";

/*
 * Characters a terminal acts on instead of showing them, so that a name in the journal could clear
 * the screen or retitle the window: C0 controls (ESC opens those sequences; BEL, BS, CR, tab, line
 * feed), DEL, and C1 controls U+0080 to U+009F (the readers decode Windows-1252 to real letters, so
 * in our text these are always controls; a UTF-8 terminal may take U+009B for CSI, U+0085 for a new
 * line). Also the line and paragraph separators, and the bidi embeddings, overrides and isolates
 * (U+202A to U+202E, U+2066 to U+2069): left open, they reverse the rest of the line in a terminal
 * that applies the bidi algorithm, figures of the next columns included (Trojan Source,
 * CVE-2021-42574). Bidi marks (LRM, RLM) act on their neighbours only and are left alone.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same but the line feed: a long report with no other control is handed back as it is, not copied. */
const CONTROLS_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with each such character written the way JSON writes it ("\u001b"), line feeds kept
 * when `lines`. Accents and every other character are left as they are. On JSON text (lines kept) it
 * only escapes inside strings, where an escape stands for the same character: the JSON stays valid
 * and reads back the same.
 */
export function visibleControls(text: string, lines = false): string {
  return text.replace(lines ? CONTROLS_BUT_LF : CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** "1 234,50": French number, space between thousands, fixed decimals. */
export function frenchNumber(value: number, decimals = 2): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  const sign = value < 0 && Number(`${whole}.${fraction ?? 0}`) !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** Width of a text as a terminal shows it (accents composed, combining marks take no column). */
function width(text: string): number {
  return [...text.normalize("NFC").replace(/\p{M}/gu, "")].length;
}

function pad(text: string, size: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, size - width(text)));
  return align === "right" ? fill + text : text + fill;
}

/**
 * A text table: headers, a rule, the rows, columns separated by two spaces. Cells longer than
 * maxWidth are cut with "…". Columns are left-aligned unless `aligns` says "right". Control
 * characters in a cell, line breaks and tabs included, are shown escaped (visibleControls) and
 * counted as such, so the columns stay aligned.
 */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[], aligns: readonly Align[] = [], maxWidth = 48): string {
  const cut = (text: string) => (width(text) > maxWidth ? `${[...text].slice(0, maxWidth - 1).join("")}…` : text);
  const body = rows.map((r) => r.map((cell) => cut(visibleControls(cell))));
  const titles = headers.map((h) => visibleControls(h));
  // a loop, not Math.max(...cells): a spread of 200,000 volunteers' cells overflows the stack
  const sizes = titles.map((h, c) => body.reduce((size, r) => Math.max(size, width(r[c] ?? "")), width(h)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => pad(cell, sizes[c], aligns[c] ?? "left")).join("  ").trimEnd();
  return [line(titles), sizes.map((s) => "-".repeat(s)).join("  "), ...body.map(line)].join("\n");
}
