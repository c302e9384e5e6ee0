import { execFileSync } from "node:child_process";
import { actionList } from "../../../src/core/journal/store";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readJournal } from "../../../src/core/journal/read";
import { isDate } from "../../../src/core/values/isDate";
import { generateJournal, JOURNAL_HEADERS, REPORT_YEAR, withTrailingEmptyRows } from "../../../tools/bench/generate";
import { barePass, benchWallClock, yearlyTotals } from "../../../tools/bench/pipeline";
import { checkTargets, renderMarkdown } from "../../../tools/bench/results";
import { type BenchResults, runBench } from "../../../tools/bench/run";
import { measureCliCsv } from "../../../tools/bench/cliCsv";
import { writeJournalCsv } from "../../../tools/bench/csvFile";
import { readJournalFile } from "../../../src/local/readers";
import { sumifsSheet } from "../../../tools/bench/spreadsheetEngine";
import { intlWallClock } from "../../../src/local/timezone";

const paris = intlWallClock("Europe/Paris");
const DAY = 86_400_000;

describe("bench journal generator", () => {
  it("is deterministic", () => {
    const a = generateJournal({ rows: 500 });
    const b = generateJournal({ rows: 500 });
    const plain = (grid: unknown[][]) => grid.map((r) => r.map((c) => (isDate(c) ? `D${c.getTime()}` : c)));
    expect(plain(a.grid)).toEqual(plain(b.grid));
    expect(plain(a.roles)).toEqual(plain(b.roles));
    expect(plain(generateJournal({ rows: 500, seed: 7 }).grid)).not.toEqual(plain(a.grid));
  });

  it("types cells as Sheets passes them: 15 columns, Dates, numbers, booleans, strings, \"\" for empties", () => {
    const { grid } = generateJournal({ rows: 2_000 });
    expect(grid).toHaveLength(2_001);
    expect(grid[0]).toEqual([...JOURNAL_HEADERS]);
    let dateDurations = 0;
    let numberDurations = 0;
    for (const row of grid.slice(1)) {
      expect(row).toHaveLength(15);
      for (const cell of row) expect(cell === "" || ["string", "number", "boolean"].includes(typeof cell) || isDate(cell)).toBe(true);
      const date = row[6];
      if (isDate(date)) {
        // an instant of wall-clock midnight in Europe/Paris
        expect(paris(date) % DAY).toBe(0);
      } else expect(date).toBe("31/02/2025");
      const duration = row[8];
      if (isDate(duration)) {
        dateDurations++;
        // a Sheets duration: the wall-clock time elapsed since 1899-12-30 00:00 (Paris was on LMT then)
        const ms = paris(duration) - Date.UTC(1899, 11, 30);
        expect(ms % 900_000).toBe(0);
        if (typeof row[9] === "number") expect(ms).toBe(row[9] * 3_600_000);
      } else expect(duration).toBe("");
      if (typeof row[9] === "number") numberDurations++;
      else expect(row[9]).toBe("");
      expect(typeof row[10]).toBe("boolean");
    }
    expect(dateDurations).toBeGreaterThan(1_000);
    expect(numberDurations).toBeGreaterThan(1_000);
  });

  it("reads as a journal of a few hundred volunteers over two years, a few rows left out", () => {
    const generated = generateJournal({ rows: 20_000 });
    const journal = readJournal(generated.grid, { wallClock: paris });
    expect(journal.years).toEqual([REPORT_YEAR, REPORT_YEAR - 1]);
    expect(journal.anomalies.length).toBeGreaterThan(0);
    expect(journal.anomalies.length).toBeLessThan(1_000);
    expect(new Set(actionList(journal.actions).map((a) => a.volunteerKey)).size).toBeGreaterThan(250);
    expect(new Set(actionList(journal.actions).map((a) => a.association)).size).toBe(6);
    expect(barePass(generated.grid)).toBeGreaterThan(0);
  });

  it("whole-column ranges end with rows of empty strings", () => {
    const { grid } = generateJournal({ rows: 10 });
    const whole = withTrailingEmptyRows(grid, 5);
    expect(whole).toHaveLength(16);
    expect(whole[15]).toEqual(Array(15).fill(""));
    expect(readJournal(whole, { wallClock: paris }).actions.length).toBe(readJournal(grid, { wallClock: paris }).actions.length);
  });

  it("gives the spreadsheet engine the same facts the core reads", () => {
    const generated = generateJournal({ rows: 3_000, withFacts: true });
    const sheet = sumifsSheet(generated);
    expect(sheet[1]![4]).toMatch(/^=SUMIFS\(\$B\$2:\$B\$3001,\$A\$2:\$A\$3001,D2,\$C\$2:\$C\$3001,2025\)$/);
    // what the SUMIFS would give, summed by hand, equals the core's totals
    const expected = new Map<string, number>();
    for (const row of sheet.slice(1, 3_001)) {
      if (row[0] && row[2] === REPORT_YEAR) expected.set(String(row[0]).toLowerCase(), (expected.get(String(row[0]).toLowerCase()) ?? 0) + Number(row[1]));
    }
    const ours = new Map(yearlyTotals(generated.grid).filter((t) => !t.anonymous).map((t) => [t.key, t.durationMs / 3_600_000]));
    expect(ours.size).toBe(expected.size);
    for (const [key, hours] of expected) expect(ours.get(key)).toBeCloseTo(hours, 9);
    expect(benchWallClock()(new Date(Date.UTC(2025, 0, 1)))).toBe(Date.UTC(2025, 0, 1, 1));
  });
});

describe("bench smoke run", () => {
  it("completes at 1,000 rows without a crash and reports every target line", { timeout: 180_000 }, () => {
    if (!existsSync("dist/Code.js")) execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "ignore" });
    const lines: string[] = [];
    const results = runBench({ smoke: true, log: (l) => lines.push(l) });
    expect(results.errors).toEqual([]);
    expect(results.sizes.map((s) => s.rows)).toEqual([1_000]);
    const size = results.sizes[0]!;
    expect(size.actions + size.anomalies).toBe(1_000);
    expect(size.functions.map((f) => [f.name, f.error])).toEqual([
      ["BENEVOLAT_TOTAUX", undefined],
      ["CEC_TABLEAU", undefined],
      ["BENEVOLAT_VALORISATION", undefined],
    ]);
    expect(results.engine[0]?.mismatches).toBe(0);
    const checks = checkTargets(results);
    expect(checks.length).toBeGreaterThan(8);
    const markdown = renderMarkdown(results, checks);
    expect(markdown).toContain("| Lignes |");
    expect(lines.length).toBeGreaterThan(3);
    // CI keeps to the smoke size: no 600 MB file, and the run says so
    expect(results.cliCsv).toBeUndefined();
    expect(lines).toContain("CSV de 600 Mo par la ligne de commande : non mesuré en smoke (plusieurs minutes, 600 Mo sur disque)");
    expect(checks.find((c) => c.label.startsWith("Ligne de commande sur un CSV"))).toMatchObject({ measured: "non mesuré", target: "< 1.00 GB" });
  });
});

describe("the command line on a generated CSV", () => {
  const dir = mkdtempSync(join(tmpdir(), "valorise-bench-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the bench's journal as Bénévalibre's CSV export: the same journal as the typed grid", async () => {
    const path = join(dir, "benevalo-export.csv");
    const bytes = writeJournalCsv(path, 3_000);
    expect(bytes).toBe(statSync(path).size);
    // some 260 bytes a row: 2,400,000 rows make the 600 MB of the bench
    expect(bytes / 3_000).toBeGreaterThan(250);
    const file = await readJournalFile(path);
    expect(file.grid[0]).toEqual([...JOURNAL_HEADERS]);
    expect(file.grid[1]!.slice(6, 11)).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\d$/), expect.any(String), expect.any(String), expect.any(String), expect.stringMatching(/^(True|False)$/)]);
    const fromCsv = readJournal(file.grid, { wallClock: file.wallClock, rejectedRows: file.rejectedRows });
    const typed = readJournal(generateJournal({ rows: 3_000 }).grid, { wallClock: paris });
    const sum = (j: typeof typed) => actionList(j.actions).reduce((n, a) => n + a.durationMs, 0);
    expect(actionList(fromCsv.actions).length).toBe(actionList(typed.actions).length);
    expect(sum(fromCsv)).toBe(sum(typed));
    expect(fromCsv.anomalies.filter((a) => a.kind !== "verifier").map((a) => [a.row, a.kind])).toEqual(
      typed.anomalies.filter((a) => a.kind !== "verifier").map((a) => [a.row, a.kind]),
    );
  });

  it("runs the built command line in a child process and reads its time and peak memory", { timeout: 60_000 }, () => {
    if (!existsSync("dist-local/cli.js")) execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "ignore" });
    const lines: string[] = [];
    const r = measureCliCsv(2_000, (l) => lines.push(l));
    expect(r.rows).toBe(2_000);
    expect(r.bytes).toBeGreaterThan(500_000);
    expect(r.ms).toBeGreaterThan(0);
    // a Node process holds some 40 MB before reading anything
    expect(r.peakRssBytes).toBeGreaterThan(20 * 1024 * 1024);
    expect(lines[0]).toMatch(/^CSV de 2 000 lignes \(\d+\.\d KB\) écrit en /);
  });

  it("checks the peak memory against 1 GB", () => {
    const results = { ...runBenchShape(), cliCsv: { rows: 2_400_000, bytes: 640_000_000, ms: 21_000, peakRssBytes: 770 * 1024 * 1024 } };
    const line = (r: typeof results) => checkTargets(r).find((c) => c.label.startsWith("Ligne de commande sur un CSV"))!;
    expect(line(results)).toMatchObject({ ok: true, measured: "770 MB", target: "< 1.00 GB" });
    expect(line(results).label).toBe("Ligne de commande sur un CSV de 610 MB (2 400 000 lignes) : mémoire au plus haut (RSS), en 21.00 s");
    expect(line({ ...results, cliCsv: { ...results.cliCsv, peakRssBytes: 1.5 * 1024 ** 3 } })).toMatchObject({ ok: false, gap: "1.5x la cible" });
    expect(renderMarkdown(results)).toContain("Durée 21.00 s ; mémoire au plus haut (RSS) 770 MB.");
  });
});

/** Results with nothing measured but what a test sets. */
function runBenchShape(): BenchResults {
  return {
    date: "2026-01-01T00:00:00Z", machine: { cpu: "", cores: 1, memoryGb: 1, node: "", platform: "" }, smoke: false,
    sizes: [], engine: [], reportCalls: [], peakRssBytes: 0, errors: [],
  };
}
