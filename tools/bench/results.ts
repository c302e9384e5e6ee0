// The issue's targets checked against the measures, and the Markdown written to bench/RESULTS.md.

import { formatBytes, formatCount, formatMs, formatRatio } from "./measure";
import type { ReportCalls } from "./reportCalls";
import { BUSIEST_FUNCTIONS, ENGINE_VOLUNTEERS, TRAILING_EMPTY_ROWS, type BenchResults, type SizeResult } from "./run";

export const TARGETS = {
  reportRatio1M: 5,
  report1MMs: 1500,
  report100kMs: 200,
  functionMs: 300,
  engineSpeedup: 500,
  bundleBytes: 150 * 1024,
  bundleLoadMs: 20,
  /** Peak resident memory of `valorise rapport` on a CSV of 600 MB (issue 15). */
  cliCsvRssBytes: 1024 ** 3,
} as const;

export interface TargetCheck {
  label: string;
  measured: string;
  target: string;
  /** undefined when not measured in this run (smoke run, size not run). */
  ok?: boolean;
  /** How far from the target when missed ("2.3x over"). */
  gap?: string;
}

function bySize(results: BenchResults, rows: number): SizeResult | undefined {
  return results.sizes.find((s) => s.rows === rows);
}

function over(measured: number, limit: number): string {
  return `${formatRatio(measured / limit)} la cible`;
}

function atMost(label: string, measured: number | undefined, limit: number, format: (n: number) => string, unit = ""): TargetCheck {
  if (measured === undefined || !Number.isFinite(measured)) return { label, measured: "non mesuré", target: `< ${format(limit)}${unit}` };
  const ok = measured < limit;
  return { label, measured: `${format(measured)}${unit}`, target: `< ${format(limit)}${unit}`, ok, gap: ok ? undefined : over(measured, limit) };
}

const MEMORY_LABEL = "Mémoire : tas et tableaux typés ajoutés par le rapport de 1 000 000 lignes, au plus haut";

export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const m1 = bySize(results, 1_000_000);
  const k100 = bySize(results, 100_000);
  checks.push(atMost("Rapport annuel complet, 1 000 000 lignes, rapport à la passe nue", m1 && m1.reportMs / m1.bareMs, TARGETS.reportRatio1M, (n) => n.toFixed(1), "x"));
  checks.push(atMost("Rapport annuel complet, 1 000 000 lignes (toutes les associations)", m1?.reportMs, TARGETS.report1MMs, formatMs));
  checks.push(atMost("Rapport annuel complet, 1 000 000 lignes (une association)", m1?.oneAssociationMs, TARGETS.report1MMs, formatMs));
  checks.push(atMost("Rapport annuel complet, 100 000 lignes", k100?.reportMs, TARGETS.report100kMs, formatMs));
  for (const name of BUSIEST_FUNCTIONS) {
    const f = k100?.functions.find((x) => x.name === name);
    const worst = f ? Math.max(f.exactMs, f.wholeColumnMs) : undefined;
    checks.push(atMost(`${name}, 100 000 lignes (+${formatCount(TRAILING_EMPTY_ROWS)} vides en colonne entière)`, worst, TARGETS.functionMs, formatMs));
  }
  const engine = results.engine.find((e) => e.rows === 10_000 && e.volunteers === ENGINE_VOLUNTEERS);
  if (engine) {
    const speedup = engine.engineMs / engine.oursMs;
    const ok = speedup >= TARGETS.engineSpeedup && engine.mismatches === 0;
    checks.push({
      label: `Plus rapide que SUMIFS (HyperFormula), 10 000 lignes, ${ENGINE_VOLUNTEERS} bénévoles`,
      measured: `${formatRatio(speedup)}${engine.mismatches ? `, ${engine.mismatches} totaux différents` : ""}`,
      target: `≥ ${TARGETS.engineSpeedup}x`,
      ok,
      gap: ok ? undefined : `${formatRatio(TARGETS.engineSpeedup / speedup)} en deçà`,
    });
  } else {
    checks.push({ label: `Plus rapide que SUMIFS (HyperFormula), 10 000 lignes, ${ENGINE_VOLUNTEERS} bénévoles`, measured: "non mesuré", target: `≥ ${TARGETS.engineSpeedup}x` });
  }
  checks.push(atMost("Taille de dist/Code.js", results.bundle?.bytes, TARGETS.bundleBytes, formatBytes));
  checks.push(atMost("Évaluation de dist/Code.js dans un contexte V8 neuf", results.bundle?.loadMs, TARGETS.bundleLoadMs, formatMs));
  if (m1?.journalBytes !== undefined && m1.reportPeakBytes !== undefined) {
    const ok = m1.reportPeakBytes < m1.journalBytes;
    checks.push({
      label: MEMORY_LABEL,
      measured: formatBytes(m1.reportPeakBytes),
      target: `< taille du journal (${formatBytes(m1.journalBytes)})`,
      ok,
      gap: ok ? undefined : over(m1.reportPeakBytes, m1.journalBytes),
    });
  } else {
    checks.push({ label: MEMORY_LABEL, measured: "non mesuré", target: "< taille du journal" });
  }
  const csv = results.cliCsv;
  checks.push(atMost(
    `Ligne de commande sur un CSV de ${csv ? `${formatBytes(csv.bytes)} (${formatCount(csv.rows)} lignes)` : "600 MB"} : mémoire au plus haut (RSS)${csv ? `, en ${formatMs(csv.ms)}` : ""}`,
    csv?.peakRssBytes, TARGETS.cliCsvRssBytes, formatBytes,
  ));
  const calls = results.reportCalls;
  if (calls.length >= 2) {
    const growth = callGrowth(calls[0]!, calls.at(-1)!);
    checks.push({
      label: `Appels de service d'une génération du rapport (${calls.map((c) => formatCount(c.rows)).join(", ")} lignes)`,
      measured: `${calls.map((c) => c.total).join(", ")} (hors Utilities.formatDate : ${calls.map((c) => c.total - (c.byMethod["Utilities.formatDate"] ?? 0)).join(", ")})`,
      target: "ne croissent pas avec les lignes",
      ok: growth.length === 0,
      gap: growth.length ? `croissent : ${growth.join(", ")}` : undefined,
    });
  } else {
    checks.push({ label: "Appels de service d'une génération du rapport", measured: "non mesuré", target: "ne croissent pas avec les lignes" });
  }
  const chunked = calls.filter((c) => c.getValues > 1 && c.rows > 100_000);
  const big = calls.find((c) => c.rows > 100_000);
  if (big) {
    checks.push({
      label: `Lecture par tranches d'un journal de ${formatCount(big.rows)} lignes`,
      measured: `${big.getValues} getValues, ${formatCount(big.maxCellsPerRead)} cellules au plus par appel`,
      target: "plusieurs getValues bornés",
      ok: chunked.length > 0,
    });
  } else {
    checks.push({ label: "Lecture par tranches d'un journal trop grand pour un getValues", measured: "non mesuré", target: "plusieurs getValues bornés" });
  }
  return checks;
}

/**
 * Methods whose count grows from the smallest run to the largest, beyond what the size of a
 * sheet may add: one getRange + getValues per extra chunk of the journal, one insertRowsAfter per
 * report sheet longer than a new sheet's 1000 rows, and Utilities.formatDate, which the cached
 * wall clock calls once per distinct quarter hour of the journal (bounded by the days it spans,
 * not by its rows: at most 3000 here).
 */
export function callGrowth(small: ReportCalls, large: ReportCalls): string[] {
  const extraChunks = large.getValues - small.getValues;
  const allowed: Record<string, number> = { "Range.getValues": extraChunks, "Sheet.getRange": extraChunks, "Sheet.insertRowsAfter": 6 };
  const out: string[] = [];
  for (const key of new Set([...Object.keys(small.byMethod), ...Object.keys(large.byMethod)])) {
    const diff = (large.byMethod[key] ?? 0) - (small.byMethod[key] ?? 0);
    if (key === "Utilities.formatDate") {
      if ((large.byMethod[key] ?? 0) > 3000) out.push(`${key} ${large.byMethod[key]}`);
    } else if (diff > (allowed[key] ?? 0)) out.push(`${key} +${diff}`);
  }
  return out;
}

export function verdict(check: TargetCheck): string {
  return check.ok === undefined ? "n/a" : check.ok ? "OK" : "MISSED";
}

export function targetLine(check: TargetCheck): string {
  return `${verdict(check).padEnd(6)} ${check.label} : ${check.measured} (cible ${check.target})${check.gap ? ` — ${check.gap}` : ""}`;
}

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The compact table the README shows: one line per journal size. */
export function summaryTable(results: BenchResults): string {
  const engine = results.engine.find((e) => e.rows === 10_000);
  return [
    table(
      ["Lignes du journal", "Rapport annuel complet (Node)", "÷ passe nue", ...BUSIEST_FUNCTIONS.map((n) => `${n} (colonne entière)`)],
      results.sizes.map((s) => [
        formatCount(s.rows), formatMs(s.reportMs), formatRatio(s.reportMs / s.bareMs),
        ...BUSIEST_FUNCTIONS.map((n) => {
          const f = s.functions.find((x) => x.name === n);
          return f && !f.error ? formatMs(f.wholeColumnMs) : "–";
        }),
      ]),
    ),
    "",
    [
      engine ? `SUMIFS par bénévole dans un tableur (HyperFormula), 10 000 lignes : ${formatMs(engine.engineMs)}, Valorise ${formatRatio(engine.engineMs / engine.oursMs)} plus rapide.` : "",
      results.bundle ? `dist/Code.js : ${formatBytes(results.bundle.bytes)}, évalué en ${formatMs(results.bundle.loadMs)}.` : "",
      results.reportCalls.length ? `Génération du rapport : ${results.reportCalls.map((c) => c.total).join(", ")} appels de service pour ${results.reportCalls.map((c) => formatCount(c.rows)).join(", ")} lignes.` : "",
    ].filter(Boolean).join(" "),
  ].join("\n");
}

export function renderMarkdown(results: BenchResults, checks: TargetCheck[] = checkTargets(results)): string {
  const m = results.machine;
  const out: string[] = [
    "# Valorise : banc de performance",
    "",
    "Écrit par `npm run bench` (tools/bench). Ne pas modifier à la main.",
    "",
    `- Date : ${results.date.slice(0, 16).replace("T", " ")} UTC`,
    `- Machine : ${m.cpu}, ${m.cores} cœurs, ${m.memoryGb} Go ; ${m.platform} ; Node ${m.node}`,
    "- Journal : 15 colonnes Bénévalibre 2.x, cellules typées comme Sheets les passe (Date, nombres, texte, \"\"), " +
      "300 bénévoles, 6 associations, 2 ans ; médiane de plusieurs passages.",
    "",
    "## Résumé",
    "",
    summaryTable(results),
    "",
    "## Cibles",
    "",
    table(["", "Mesure", "Valeur", "Cible"], checks.map((c) => [verdict(c), c.label, c.measured + (c.gap ? ` (${c.gap})` : ""), c.target])),
    "",
    "## Cœur (Node) : rapport annuel complet",
    "",
    "Rapport = lecture du journal et de la table des rôles, puis pour chaque association totaux, valorisation, comptabilité ; le CEC. " +
      "« Une association » : le même journal lu en entier, le rapport d'une seule association. " +
      "Passe nue = lire chaque cellule une fois (le plancher). Agrégation de référence = une boucle écrite à la main, " +
      "colonnes fixes, décalage horaire en cache, sans contrôle.",
    "",
    table(
      ["Lignes", "Passages", "Passe nue", "Agrégation de référence", "Rapport", "Rapport / passe nue", "Une association", "Dont lecture du journal", "Journal (mémoire)", "Rapport : mémoire au plus haut", "Rapport : mémoire gardée"],
      results.sizes.map((s) => [
        formatCount(s.rows), String(s.runs), formatMs(s.bareMs), formatMs(s.singlePassMs), formatMs(s.reportMs), formatRatio(s.reportMs / s.bareMs),
        formatMs(s.oneAssociationMs), formatMs(s.stages["read journal"] ?? NaN), s.journalBytes === undefined ? "–" : formatBytes(s.journalBytes),
        s.reportPeakBytes === undefined ? "–" : `+${formatBytes(s.reportPeakBytes)}`, s.reportRetainedBytes === undefined ? "–" : `+${formatBytes(s.reportRetainedBytes)}`,
      ]),
    ),
    "",
    "Passages de la passe nue puis du rapport, dans l'ordre (la médiane cache leur dispersion : collectes du tas, machine partagée ; " +
      "le rapport à la passe nue varie avec l'une comme avec l'autre) :",
    "",
    ...results.sizes.map((s) => `- ${formatCount(s.rows)} lignes : passe nue ${s.bareRuns.map(formatMs).join(", ")} ; rapport ${s.reportRuns.map(formatMs).join(", ")}`),
    "",
    "Étapes d'un rapport (un passage) :",
    "",
    table(
      ["Lignes", ...Object.keys(results.sizes[0]?.stages ?? {})],
      results.sizes.map((s) => [formatCount(s.rows), ...Object.values(s.stages).map(formatMs)]),
    ),
    "",
    "## Fonctions personnalisées, appelées comme Sheets les appelle",
    "",
    `dist/Code.js évalué dans un contexte V8 neuf à chaque appel, puis la fonction appelée avec la plage en tableau 2D. ` +
      `« Colonne entière » = Journal!A:O avec ${formatCount(TRAILING_EMPTY_ROWS)} lignes vides après les données.`,
    "",
    table(
      ["Lignes", ...BUSIEST_FUNCTIONS.flatMap((n) => [`${n}`, `${n} (colonne entière)`])],
      results.sizes.map((s) => [
        formatCount(s.rows),
        ...BUSIEST_FUNCTIONS.flatMap((n) => {
          const f = s.functions.find((x) => x.name === n);
          return f && !f.error ? [formatMs(f.exactMs), formatMs(f.wholeColumnMs)] : [f?.error ?? "–", "–"];
        }),
      ]),
    ),
    "",
    `Appels de service par appel (Utilities.formatDate surtout : au plus trois lectures du fuseau par semaine du journal, une par date de naissance de la table des rôles) : ` +
      results.sizes
        .map((s) => `${formatCount(s.rows)} lignes : ${s.functions.map((f) => `${f.name} ${Number.isFinite(f.serviceCalls) ? f.serviceCalls : "–"}`).join(", ")}`)
        .join(" ; ") +
      ".",
    "",
    "## Contre SUMIFS (un par bénévole) dans un vrai tableur",
    "",
    "HyperFormula (GPL v3) calcule `=SUMIFS(heures; bénévole; nom; année; 2025)` pour chaque bénévole sur les mêmes données " +
      "(construction du classeur et calcul). Valorise : lecture du journal typé et totaux par bénévole de l'année. " +
      "La plus grande taille est la plus grande feuille que le moteur accepte tel que livré (40 000 lignes, en-têtes compris).",
    "",
    table(
      ["Lignes", "Bénévoles", "SUMIFS (HyperFormula)", "Valorise", "Rapport", "Mêmes totaux"],
      results.engine.map((e) => [
        formatCount(e.rows), String(e.volunteers), formatMs(e.engineMs), formatMs(e.oursMs), `${formatRatio(e.engineMs / e.oursMs)} plus rapide`,
        e.mismatches === 0 ? "oui" : `non (${e.mismatches})`,
      ]),
    ),
    "",
    "## Génération du rapport par le module complémentaire (émulateur) : appels de service",
    "",
    results.reportCalls.length
      ? table(
          ["Lignes", "Appels de service", "Dont Utilities.formatDate", "Dont getValues", "Cellules au plus par getValues", "Autres appels", "Durée (émulateur)"],
          results.reportCalls.map((c) => {
            const formatDate = c.byMethod["Utilities.formatDate"] ?? 0;
            return [
              formatCount(c.rows), String(c.total), String(formatDate), String(c.getValues), formatCount(c.maxCellsPerRead),
              String(c.total - formatDate - c.getValues), formatMs(c.ms),
            ];
          }),
        )
      : "Non mesuré.",
    "",
    "## Bundle Apps Script",
    "",
    results.bundle
      ? `dist/Code.js : ${formatBytes(results.bundle.bytes)}, ${results.bundle.entryPoints} fonctions personnalisées ; évaluation dans un contexte V8 neuf : ${formatMs(results.bundle.loadMs)} (médiane).`
      : "dist/Code.js absent.",
    "",
    "## Ligne de commande sur un grand CSV",
    "",
    results.cliCsv
      ? `\`valorise rapport benevalo-export.csv --json\` (sortie vers /dev/null), processus à part, sur le journal du banc écrit comme Bénévalibre ` +
        `écrit son export CSV : ${formatCount(results.cliCsv.rows)} lignes, ${formatBytes(results.cliCsv.bytes)}. ` +
        `Durée ${formatMs(results.cliCsv.ms)} ; mémoire au plus haut (RSS) ${formatBytes(results.cliCsv.peakRssBytes)}.`
      : "Non mesuré.",
    "",
    `Pic de mémoire du processus (RSS) : ${formatBytes(results.peakRssBytes)}.`,
    "",
  ];
  if (results.errors.length) out.push("## Erreurs", "", ...results.errors.map((e) => `- ${e}`), "");
  return out.join("\n");
}
