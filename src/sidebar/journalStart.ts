import type { SheetInfo } from "../contract/sidebar";
import { JOURNAL_GUIDE, JOURNAL_SHEET, JOURNAL_TEMPLATE } from "../core/journal/template";
import { byId, clear, el, input } from "./dom";
import { importJournal } from "./import/importJournal";
import { reachStep, startSteps } from "./progress";
import { call } from "./server";

type LongCall = <T>(label: string, run: () => Promise<T>, steps?: string[]) => Promise<T | undefined>;

export interface JournalStartContext {
  longCall: LongCall;
  status(text: string, kind?: "" | "ok" | "bad"): void;
  /** Reads the document again and shows it, the new sheet chosen as the journal. */
  reload(sheet: string): Promise<void>;
}

/**
 * « Commencer », on a spreadsheet where no sheet looks like a journal: create a journal sheet from the
 * template (headers, a note under each, data validation), or import a Bénévalibre export chosen in a
 * file picker. Either way a new sheet: no existing one is written to.
 */
export function showJournalStart(sheets: readonly SheetInfo[]): void {
  byId("start").hidden = sheets.some((s) => s.journal);
}

function showOutcome(lines: string[], guide: readonly string[] = []): void {
  const box = byId("start-result");
  clear(box);
  if (lines.length) box.append(el("p", { text: "Lignes du fichier non copiées :" }), el("ul", {}, lines.map((l) => el("li", { text: l }))));
  if (guide.length) box.append(el("p", { text: "Pour la remplir :" }), el("ol", {}, guide.map((g) => el("li", { text: g }))));
}

async function createTemplate(ctx: JournalStartContext): Promise<void> {
  const result = await ctx.longCall("Création de la feuille Journal…", () => call("createJournalSheet", {
    name: JOURNAL_SHEET,
    rows: [JOURNAL_TEMPLATE.map((c) => c.header)],
    headerNotes: JOURNAL_TEMPLATE.map((c) => c.note),
    checks: JOURNAL_TEMPLATE.map((c) => c.check ?? null),
  }));
  if (!result) return;
  if (!result.ok) return ctx.status(result.message, "bad");
  await ctx.reload(result.sheet);
  showOutcome([], JOURNAL_GUIDE);
  ctx.status(`Feuille « ${result.sheet} » créée : une ligne par action, une aide sous chaque en-tête.`, "ok");
}

async function importFile(ctx: JournalStartContext, file: File): Promise<void> {
  const reading = "Lecture du fichier";
  const outcome = await ctx.longCall(reading, async () => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return importJournal({ name: file.name, bytes }, (request) => call("createJournalSheet", request), (i, n) => {
      const steps = [reading, ...Array.from({ length: n }, (_, k) => `Écriture de la feuille ${k + 1}/${n}`)];
      if (i === 0) startSteps(steps);
      reachStep(steps[i + 1]!);
    });
  });
  if (!outcome) return;
  if (outcome.sheet) await ctx.reload(outcome.sheet);
  showOutcome(outcome.details);
  ctx.status(outcome.message, outcome.ok ? "ok" : "bad");
}

export function wireJournalStart(ctx: JournalStartContext): void {
  byId("start-template").addEventListener("click", () => void createTemplate(ctx));
  const picker = input("start-file");
  for (const id of ["start-import", "source-import"]) byId(id).addEventListener("click", () => picker.click());
  picker.addEventListener("change", () => {
    const file = picker.files?.[0];
    picker.value = ""; // the same file chosen again is a new import
    if (file) void importFile(ctx, file);
  });
}
