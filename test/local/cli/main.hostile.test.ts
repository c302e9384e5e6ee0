// Every option of the command line, and its journal argument, given hostile values: each answer is
// French, names no JavaScript error type and shows no engine message nor stack (issue 15, point 4).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { VALUE_OPTIONS } from "../../../src/local/cli/args";
import { UNEXPECTED as CLI_UNEXPECTED, main } from "../../../src/local/cli/main";
import { USAGE } from "../../../src/local/cli/usage";
import { VALUATION_FLAGS, VALUATION_VALUE_OPTIONS } from "../../../src/local/cli/valuationArgs";
import { UNEXPECTED, expectFrenchAnswer } from "../../hostile";
import { bufferIo } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const journal = join(dir, "journal.csv");
writeFileSync(journal, [
  "Prénom;Nom;Association;Date;Durée (en heures);Distance (en km);Catégorie;Niveau;En attente de modération",
  "Zoé;Benoît;Les Jardins Partagés;2025-01-15;2,5;12,5;Gouvernance (CA, bureau);Expertise;False",
  "Karim;Haddad;Les Jardins Partagés;2025-03-02;3;;Animation d'activités;Exécution;False",
  "Zoé;Benoît;Les Jardins Partagés;2025-06-30;1;;Animation d'activités;Exécution;False",
  "",
].join("\n"));
const folder = join(dir, "dossier.csv");
mkdirSync(folder);
// Every byte value, NUL first: neither text nor a workbook.
const binaryBytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
const binaryCsv = join(dir, "binaire.csv");
const binaryXlsx = join(dir, "binaire.xlsx");
writeFileSync(binaryCsv, binaryBytes);
writeFileSync(binaryXlsx, binaryBytes);
// An XLSX is a zip: one that unzips to nothing a workbook holds.
const fakeXlsx = join(dir, "faux.xlsx");
writeFileSync(fakeXlsx, Buffer.concat([Buffer.from("PK\x03\x04"), binaryBytes]));
const deepJson = join(dir, "profond.json");
writeFileSync(deepJson, `[{"Bénévole": ${"[".repeat(100_000)}${"]".repeat(100_000)}}]`);

/** The battery: what a clumsy or hostile user may type after any option. */
const HOSTILE: readonly string[] = [
  "", "-1", "0", "1e308", "-1e308", "NaN", "Infinity", "abc", "x".repeat(10_000), "../../etc/passwd", "29/02", "99999999999",
  "=1+1", "\u0000\u001b[2J", "💥", "null", "undefined", "__proto__",
  folder, dir, join(dir, "absent.csv"), binaryCsv, binaryXlsx, fakeXlsx, deepJson, join(dir, `${"x".repeat(10_000)}.csv`), join(dir, "a\u0000.csv"),
];


async function run(argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io, {});
  return { code, out: io.stdout(), err: io.stderr() };
}

/** Every option the command line reads, from its own tables and its usage text (options added later included). */
function allOptions(): { values: string[]; flags: string[] } {
  const documented = USAGE.match(/(?<![\w-])--[a-zà-ÿ-]+/g) ?? [];
  const values = new Set([...Object.keys(VALUE_OPTIONS), ...Object.keys(VALUATION_VALUE_OPTIONS), "--colonne"]);
  const flags = new Set([...Object.keys(VALUATION_FLAGS), "--json", "--help"]);
  for (const option of documented) if (!values.has(option)) flags.add(option);
  return { values: [...values], flags: [...flags] };
}

/** --sortie writes: a relative value stays inside the test folder, two levels down so that ../../ does too. */
function outputValue(value: string): string {
  return value === "" || value.startsWith("/") ? value : join(dir, "a", "b", value);
}


async function expectAnswer(argv: string[], typed: string[], label: string): Promise<{ code: number; unexpected: boolean }> {
  const { code, out, err } = await run(argv);
  expect([0, 1, 2], label).toContain(code);
  // a refusal is said on stderr; a report on stdout
  expectFrenchAnswer(code === 0 ? out + err : err, [...typed, dir], label);
  return { code, unexpected: UNEXPECTED.test(err) };
}

describe("the command line, given hostile values", () => {
  const { values, flags } = allOptions();

  it("knows at least the options of its usage text", () => {
    expect(values).toEqual(expect.arrayContaining(["--annee", "--sortie", "--roles", "--taux", "--coefficient", "--cloture", "--taux-km", "--colonne"]));
    expect(flags).toEqual(expect.arrayContaining(["--json", "--electrique", "--abandon-frais"]));
  });

  it.each(values)("answers in French to every value of %s", async (option) => {
    const unexpected: string[] = [];
    for (const raw of HOSTILE) {
      const value = option === "--sortie" ? outputValue(raw) : raw;
      const label = `${option} ${raw.slice(0, 40)}`;
      const forms = option === "--colonne" ? [value, `date=${value}`, `${value}=Date`] : [value];
      for (const form of forms) {
        const answer = await expectAnswer(["rapport", journal, option, form], [raw, form], label);
        if (answer.unexpected) unexpected.push(`${option} ${raw}`);
        await expectAnswer(["rapport", journal, `${option}=${form}`], [raw, form], `${label} (=)`);
      }
    }
    expect(unexpected, "Erreur inattendue au lieu d'un refus").toEqual([]);
  }, 120_000);

  it.each(flags)("refuses a value given to the flag %s, in French", async (flag) => {
    for (const raw of ["abc", "1e308", "", "NaN"]) {
      const { code } = await expectAnswer(["rapport", journal, `${flag}=${raw}`], [raw], `${flag}=${raw}`);
      expect(code, `${flag}=${raw}`).toBe(2);
    }
  });

  it("answers in French to a hostile journal argument", async () => {
    for (const raw of HOSTILE) {
      const { code, unexpected } = await expectAnswer(["rapport", raw], [raw], `journal ${raw.slice(0, 40)}`);
      expect(code, raw.slice(0, 40)).not.toBe(0);
      expect(unexpected, raw.slice(0, 40)).toBe(false);
    }
  }, 60_000);

  it("answers in French to a hostile command line", async () => {
    for (const argv of [["abc"], [""], ["rapport"], ["rapport", journal, journal], ["-x"], ["rapport", journal, "--inconnue"], ["rapport", journal, "--", "--json"]]) {
      const { code } = await expectAnswer(argv, argv, argv.join(" "));
      expect(code, argv.join(" ")).not.toBe(0);
    }
  });

  it.each(["attestations", "recus"])("answers in French to every value of the options of « %s », writing only into --sortie", async (command) => {
    const out = join(dir, `sortie-${command}`);
    const unexpected: string[] = [];
    for (const option of ["--benevole", "--premier-numero", "--signataire", "--qualite", "--lieu", "--benevoles"]) {
      if (command === "attestations" && option === "--premier-numero") continue;
      for (const raw of HOSTILE) {
        const answer = await expectAnswer([command, journal, "--annee", "2025", "--sortie", out, "--ecraser", "--cv", "5", "--abandon-frais", option, raw], [raw], `${command} ${option} ${raw.slice(0, 40)}`);
        if (answer.unexpected) unexpected.push(`${option} ${raw.slice(0, 40)}`);
      }
    }
    for (const raw of HOSTILE) {
      const { code, unexpected: bad } = await expectAnswer([command, raw, "--sortie", out], [raw], `${command} journal ${raw.slice(0, 40)}`);
      expect(code, raw.slice(0, 40)).not.toBe(0);
      if (bad) unexpected.push(`journal ${raw.slice(0, 40)}`);
    }
    expect(unexpected, "Erreur inattendue au lieu d'un refus").toEqual([]);
  }, 180_000);

  it("says a defect is unexpected and how to report it, with no stack unless VALORISE_DEBUG=1", async () => {
    // a defect planted where the report is printed
    const failing = () => {
      const io = bufferIo();
      return { ...io, out: () => { throw new TypeError("Cannot read properties of undefined (reading 'x')"); } };
    };
    const plain = failing();
    expect(await main(["rapport", journal], plain, {})).toBe(1);
    expect(plain.stderr()).toBe(`${CLI_UNEXPECTED}\n`);
    expectFrenchAnswer(plain.stderr(), [], "défaut");
    const debug = failing();
    expect(await main(["rapport", journal], debug, { VALORISE_DEBUG: "1" })).toBe(1);
    expect(debug.stderr()).toMatch(/^Erreur inattendue : .*\nTypeError: Cannot read properties of undefined \(reading 'x'\)\n\s+at /s);
  });
});
