import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The text of a PDF as poppler's pdftotext reads it (-layout keeps each line's words together), pages split on form feeds. */
export function pdfText(bytes: Uint8Array, layout = true): string {
  const dir = mkdtempSync(join(tmpdir(), "valorise-pdf-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    return execFileSync("pdftotext", [...(layout ? ["-layout"] : []), "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The pages of a PDF's text. */
export function pdfPages(bytes: Uint8Array): string[] {
  return pdfText(bytes).split("\f").slice(0, -1);
}

/** pdfinfo's fields: "Pages", "Page size", "Title"… */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "valorise-pdf-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    const out = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    return Object.fromEntries(out.split("\n").filter((l) => l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdffonts' font names, with whether each is embedded. */
export function pdfFonts(bytes: Uint8Array): { name: string; embedded: boolean }[] {
  const dir = mkdtempSync(join(tmpdir(), "valorise-pdf-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    const lines = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
    return lines.map((l) => ({ name: l.split(/\s+/)[0]!, embedded: /\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(l) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
