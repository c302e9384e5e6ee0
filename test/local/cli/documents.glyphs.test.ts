import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pdfText } from "../../pdf/pdfText";
import { runCli } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-glyphs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a name the PDF font cannot fully draw", () => {
  it("is printed with « ? » in place of the missing letters, and the command says which file and which letters", async () => {
    const journal = join(dir, "journal.csv");
    writeFileSync(journal, [
      "Bénévole;Association;Date;Durée (en heures)",
      "Wei 张;Les Amis;2025-02-01;3",
      "Łukasz Wałęsa;Les Amis;2025-02-02;2",
      "",
    ].join("\n"));
    const out = join(dir, "out");
    const { code, err } = await runCli("attestations", journal, "--annee", "2025", "--sortie", out);
    expect(code).toBe(0);
    const files = readdirSync(out);
    const wei = files.find((f) => f.startsWith("attestation-2025-les-amis-wei"))!;
    expect(err).toContain(`Attention : « ${wei} » : ce caractère absent de la police du PDF, imprimé « ? » : 张.`);
    expect(pdfText(readFileSync(join(out, wei)))).toContain("Wei ?");
    // every Latin letter is drawn: no notice, the name whole
    const lukasz = files.find((f) => f.startsWith("attestation-2025-les-amis-łukasz"))!;
    expect(err).not.toContain(`« ${lukasz} »`);
    expect(pdfText(readFileSync(join(out, lukasz)))).toContain("Łukasz Wałęsa");
  });
});
