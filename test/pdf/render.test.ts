import { describe, expect, it } from "vitest";
import type { PrintDocument } from "../../src/core/documents/model";
import { renderPdf } from "../../src/pdf/render";
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
