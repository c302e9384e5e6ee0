export type Align = "left" | "right";

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
 * maxWidth are cut with "…". Columns are left-aligned unless `aligns` says "right".
 */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[], aligns: readonly Align[] = [], maxWidth = 48): string {
  const cut = (text: string) => (width(text) > maxWidth ? `${[...text].slice(0, maxWidth - 1).join("")}…` : text);
  const body = rows.map((r) => r.map(cut));
  // a loop, not Math.max(...cells): a spread of 200,000 volunteers' cells overflows the stack
  const sizes = headers.map((h, c) => body.reduce((size, r) => Math.max(size, width(r[c] ?? "")), width(h)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => pad(cell, sizes[c], aligns[c] ?? "left")).join("  ").trimEnd();
  return [line(headers), sizes.map((s) => "-".repeat(s)).join("  "), ...body.map(line)].join("\n");
}
