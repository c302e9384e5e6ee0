import { describe, expect, it } from "vitest";
import type { PrintDocument } from "../../src/core/documents/model";
import { renderPdf } from "./renderPdf";
import { pdfFonts, pdfInfo, pdfPages, pdfText } from "./pdfText";

const FRENCH = "Œuvre « cœur » à L’HAŸ-LES-ROSES : 1\u202F234,56\u00A0€ — ÉÈÊËÎÏÔÙÛÜÇ àâæçéèêëîïôùûüÿœ Æ…";

describe("renderPdf", () => {
  it("writes French text in an embedded font, read back by pdftotext", () => {
    const doc: PrintDocument = { title: "Essai", orientation: "portrait", parts: [{ blocks: [{ kind: "title", text: FRENCH }], footer: "Valorise" }] };
    const bytes = renderPdf(doc);
    const flat = (t: string) => t.replace(/\s+/g, " ");
    expect(flat(pdfText(bytes, false))).toContain(flat(FRENCH));
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const info = pdfInfo(bytes);
    expect(info["Title"]).toBe("Essai");
    expect(info["Page size"]).toMatch(/595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it("starts each part on a new page and repeats a long table's header on each page", () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Bénévole ${i + 1}`, `${i},50`]);
    const doc: PrintDocument = {
      title: "Tableau", orientation: "landscape",
      parts: [
        { blocks: [{ kind: "heading", text: "Première partie" }, { kind: "table", columns: [{ label: "Nom" }, { label: "Heures", align: "right" }], rows, total: ["Total", "7 200,00"] }] },
        { blocks: [{ kind: "fields", rows: [["Association", "Club"], ["SIREN", "" ]] }, { kind: "signature", lines: ["Fait à Lyon, le 29/11/2026", "Marie Curie, présidente"] }] },
      ],
    };
    const bytes = renderPdf(doc);
    expect(pdfInfo(bytes)["Page size"]).toMatch(/841\.\d+ x 595\.\d+ pts \(A4\)/);
    const pages = pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(2);
    const tablePages = pages.slice(0, -1);
    for (const p of tablePages) expect(p).toMatch(/Nom\s+Heures/);
    expect(tablePages.join("\n")).toMatch(/Bénévole 120\s+119,50/);
    expect(tablePages.at(-1)).toMatch(/Total\s+7 200,00/);
    expect(pages.at(-1)).toMatch(/Association\s+Club/);
    expect(pages.at(-1)).toContain("Fait à Lyon, le 29/11/2026");
    expect(pages.at(-1)).toMatch(new RegExp(`page ${pages.length} / ${pages.length}`));
  });
});

describe("what the PDF prints of a text", () => {
  const rendered = (text: string) => pdfText(renderPdf({ title: text, orientation: "portrait", parts: [{ blocks: [{ kind: "text", text }] }] }), false).replace(/\s+/g, " ").replace(/ page 1 \/ 1 ?$/, "").trim();

  it("prints the names of volunteers from everywhere: Latin letters of every language, Greek, Cyrillic, decomposed accents composed", () => {
    const names = "Łukasz Dvořák Şahin Nguyễn Thị Ánh Ørsted Ærø Ğülşen Ελένη Олена Шевченко";
    expect(rendered(names)).toBe(names);
    expect(rendered("Hélène Noël".normalize("NFD"))).toBe("Hélène Noël");
  });

  it("drops the invisible characters a copy and paste brings, and shows a letter the font lacks as « ? », never as nothing", () => {
    expect(rendered("Zo\u200Bé\u00A0Be\u2060noît\u0007\u001b[2J")).toBe("Zoé Benoît[2J");
    expect(rendered("Marie 💥 李雷")).toBe("Marie ? ??");
  });

  it("cuts a signature block taller than a page across pages instead of drawing past the foot of the page", () => {
    const name = "Nom ".repeat(1500);
    const bytes = renderPdf({ title: "t", orientation: "portrait", parts: [{ blocks: [{ kind: "signature", lines: ["Fait à Lyon, le 01/01/2026", name, "Signature :"] }] }] });
    const pages = pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(pdfText(bytes, false).match(/Nom/g)!.length).toBe(1500);
    expect(pages.at(-1)).toContain("Signature :");
  });
});
