// npm run bench [-- --smoke] [--sizes 1000,10000] [--out bench/RESULTS.md] [--engine-max 100000] [--csv-rows 2400000]
// Full run: every size, then the command line on a generated CSV of some 600 MB, writes
// bench/RESULTS.md. Smoke run (CI): 1,000 rows, no large CSV, writes nothing unless --out is
// given, exits 1 only when a measure crashed (never on a timing).

import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { canMeasureHeap } from "./measure";
import { checkTargets, renderMarkdown, targetLine } from "./results";
import { runBench } from "./run";

interface Args {
  smoke: boolean;
  sizes?: number[];
  out?: string;
  engineMax?: number;
  csvRows?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { smoke: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--smoke") args.smoke = true;
    else if (flag === "--sizes") args.sizes = value().split(",").map((s) => Number(s.replace(/[_\s]/g, "")));
    else if (flag === "--out") args.out = value();
    else if (flag === "--engine-max") args.engineMax = Number(value());
    else if (flag === "--csv-rows") args.csvRows = Number(value().replace(/[_\s]/g, ""));
    else throw new Error(`Option inconnue : ${argv[i]} (options : --smoke, --sizes 1000,10000, --out FICHIER, --engine-max N, --csv-rows N)`);
  }
  if (args.sizes?.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--sizes : des nombres de lignes entiers, séparés par des virgules");
  if (args.csvRows !== undefined && !(Number.isInteger(args.csvRows) && args.csvRows >= 0)) throw new Error("--csv-rows : un nombre de lignes entier (0 : pas de CSV)");
  return args;
}

function main(): number {
  // Heap measures need global.gc: run again with --expose-gc when started without it.
  if (!canMeasureHeap() && !process.env.VALORISE_BENCH_CHILD) {
    const child = spawnSync(process.execPath, ["--expose-gc", ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, VALORISE_BENCH_CHILD: "1" },
    });
    return child.status ?? 1;
  }
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  console.log(`Valorise bench${args.smoke ? " (smoke)" : ""} : ${new Date().toISOString()}`);
  const results = runBench({ smoke: args.smoke, sizes: args.sizes, engineMaxRows: args.engineMax, cliCsvRows: args.csvRows });
  const checks = checkTargets(results);
  console.log("");
  console.log(args.smoke ? "Cibles (smoke : valeurs indicatives, jamais un échec) :" : "Cibles :");
  for (const c of checks) console.log(`  ${targetLine(c)}`);
  const out = args.out ?? (args.smoke || args.sizes ? undefined : "bench/RESULTS.md");
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, renderMarkdown(results, checks));
    console.log(`\nRésultats écrits dans ${out}`);
  }
  for (const e of results.errors) console.error(`ERREUR ${e}`);
  const measured = checks.filter((c) => c.ok !== undefined);
  const missed = measured.filter((c) => c.ok === false).length;
  console.log(
    `\nBench ${results.errors.length ? "en échec" : "terminé"} en ${((performance.now() - started) / 1000).toFixed(1)} s : ` +
      `${measured.length - missed}/${measured.length} cibles mesurées atteintes` +
      `${missed ? `, ${missed} manquée${missed > 1 ? "s" : ""}` : ""}${results.errors.length ? `, ${results.errors.length} erreur(s)` : ""}.`,
  );
  return results.errors.length ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
}
