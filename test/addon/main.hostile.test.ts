// Every entry point of dist/Code.js (custom functions, sidebar server functions, menu items and
// triggers) given hostile values: each answer is French, names no JavaScript error type and shows no
// engine message (issue 15, point 4). Custom functions run as Sheets calls them (the bundle in the
// emulator); a thrown error is what the cell's tooltip shows, "name: message".
import { beforeAll, describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../src/addon/registry";
import { type SeedCell, createServices } from "../../tools/emulator";
import { loadBundle } from "../../tools/vm/runBundle";
import { LEAKS, UNEXPECTED, expectFrenchAnswer, withoutEchoes } from "../hostile";
import { SETTINGS, call, requireBuild, sampleWorld } from "./sidebar/harness";
import { shownErrors } from "./sidebar/shownErrors";

beforeAll(requireBuild);

/** Midnight in Paris in winter, as Sheets hands a date cell to a script. */
const parisDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3_600_000);

const JOURNAL = [
  ["Prénom", "Nom", "Association", "Date", "Durée (en heures)", "Distance (en km)", "Catégorie", "Niveau", "Rôle"],
  ["Alice", "Martin", "Les Amis", parisDay(2025, 1, 6), 3, 12.5, "Gouvernance", "Expertise", "Présidente"],
  ["Bob", "", "Les Amis", "2025-02-03", 2.5, "", "Animation", "Exécution", ""],
  ["Chloé", "", "Club", "2025-03-03", 4, 8, "Animation", "", ""],
];
const ROLES = [["Bénévole", "Rôle", "Association"], ["Alice Martin", "Présidente", "Les Amis"]];

/** A value each parameter accepts, by its name in the registry: the baseline each hostile value replaces. */
const VALID: Record<string, unknown> = {
  journal: JOURNAL, annee: 2025, benevole: "Alice Martin", categorie: "Gouvernance", association: "Les Amis", roles: ROLES,
  heures_autres_associations: 10, date: parisDay(2025, 6, 1), territoire: "métropole", heures: 1607, base: 1607, taux: 12,
  coefficient: 1.45, plan: "ANC 2018-06", par: "catégorie",
};

/** What Sheets may hand a custom function, and what it never would but a script could. */
const HOSTILE_ARGS: readonly unknown[] = [
  "", " ", "abc", "-1", "1e308", "NaN", "Infinity", "=1+1", "x".repeat(10_000), "lune", "\u0000\u001b[2J", "29/02/2025",
  0, -1, 0.000001, 1e308, -1e308, 99_999_999_999, Number.MAX_VALUE, NaN, Infinity, -Infinity,
  true, false, null, undefined, new Date(NaN), new Date(8.64e15), new Date(-8.64e15),
  [], [[]], [[""]], [[1, 2], [3]], [[[1]]], [["Date"], ["x"]], [[1e308]], [["Niveau", "Taux"], ["Expertise", 1e308]],
  [["Niveau", "Taux"], ["Expertise", "abc"], ["Expertise", 12]], Array.from({ length: 3 }, () => Array(1000).fill("x")),
];


const label = (value: unknown) => {
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return `Date(${value.getTime()})`;
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 40);
  } catch {
    return "(valeur imbriquée sans fin)";
  }
};

/** The strings a value holds (the user's own, quoted back at will), however deep: no recursion. */
function stringsOf(root: unknown): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === "string") out.push(value);
    else if (typeof value === "number" || typeof value === "boolean") out.push(String(value));
    else if (value && typeof value === "object" && !(value instanceof Date)) stack.push(...Object.values(value));
  }
  return out;
}

/** A cell's answer: no NaN nor Infinity (a wrong figure in silence), no engine text in any string. */
function expectCleanResult(value: unknown, typed: string[], what: string): void {
  if (typeof value === "number") expect(Number.isFinite(value), `${what} : ${value}`).toBe(true);
  else if (typeof value === "string") for (const leak of LEAKS) expect(withoutEchoes(value, typed), `${what} : ${leak}`).not.toMatch(leak);
  else if (Array.isArray(value)) for (const v of value) expectCleanResult(v, typed, what);
  else expect(["boolean"], `${what} : ${typeof value}`).toContain(typeof value);
}

describe("custom functions, given hostile arguments", () => {
  const functions = ENTRY_POINTS.filter((e) => e.customFunction);

  it("are all here", () => {
    expect(functions.map((f) => f.name)).toEqual(expect.arrayContaining(["BENEVOLAT_HEURES", "CEC_STATUT", "SMIC_HORAIRE", "BENEVOLAT_VALORISATION", "BENEVOLAT_KM"]));
    for (const f of functions) for (const p of f.params) expect(VALID, `${f.name} ${p.name}`).toHaveProperty(p.name);
  });

  it.each(functions.map((f) => [f.name, f] as const))("%s answers each in French, or with a clean value", (name, entry) => {
    const { globals } = createServices({ customFunction: true, timeZone: "Europe/Paris" });
    const bundle = loadBundle("dist/Code.js", globals);
    const valid = entry.params.map((p) => VALID[p.name]);
    expectCleanResult(bundle.call(name, ...valid), [], `${name} (valide)`);
    const unexpected: string[] = [];
    for (let i = 0; i < entry.params.length; i++) {
      for (const hostile of HOSTILE_ARGS) {
        const args = valid.slice();
        args[i] = hostile;
        const what = `${name} ${entry.params[i]!.name} ${label(hostile)}`;
        const typed = stringsOf(hostile);
        let result: unknown;
        try {
          result = bundle.call(name, ...args);
        } catch (error) {
          // the tooltip of the cell
          const { name: kind, message } = error as Error;
          const shown = `${kind}: ${message}`;
          expectFrenchAnswer(shown, typed, what);
          if (UNEXPECTED.test(shown)) unexpected.push(what);
          continue;
        }
        expectCleanResult(result, typed, what);
      }
    }
    expect(unexpected, "Erreur inattendue au lieu d'un refus").toEqual([]);
  }, 120_000);
});

describe("a service failing in English", () => {
  it("reaches no cell: the tooltip says « Erreur inattendue » and how to report it", () => {
    const { globals } = createServices({ customFunction: true, timeZone: "Europe/Paris" });
    const failing = { ...globals, SpreadsheetApp: { getActiveSpreadsheet: () => { throw new Error("Service Spreadsheets failed while accessing document with id 1a2b."); } } };
    const bundle = loadBundle("dist/Code.js", failing);
    for (const name of ["BENEVOLAT_HEURES", "SMIC_HORAIRE", "BENEVOLAT_VALORISATION"]) {
      let shown = "";
      try {
        bundle.call(name, JOURNAL, 2025);
      } catch (error) {
        shown = `${(error as Error).name}: ${(error as Error).message}`;
      }
      expect(shown, name).toMatch(/^Erreur inattendue: Valorise n'a pas pu aller au bout\. .*signalez-le/);
      expectFrenchAnswer(shown, [], name);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Sidebar server functions, menu items and triggers, each in a fresh execution as google.script.run runs it.

/** A small journal of one association, so that each generation takes little time. */
const SHEET_JOURNAL: SeedCell[][] = [
  ["Bénévole", "Association", "Date", "Durée (en heures)", "Distance (en km)", "Catégorie", "Niveau"],
  ["Zoé Benoît", "Les Jardins Partagés de Belleville", { date: "2025-01-15" }, 2.5, 12.5, "Gouvernance (CA, bureau)", "Expertise"],
  ["Karim Haddad", "Les Jardins Partagés de Belleville", { date: "2025-03-02" }, 3, "", "Animation d'activités", "Exécution"],
  ["Zoé Benoît", "Les Jardins Partagés de Belleville", { date: "2025-06-30" }, 1, "", "Animation d'activités", "Exécution"],
];

function nested(depth: number, make: (inner: unknown) => unknown): unknown {
  let value: unknown = "fond";
  for (let i = 0; i < depth; i++) value = make(value);
  return value;
}

/** Payloads the page never sends but a caller of google.script.run could, each with a name for the messages. */
const HOSTILE_PAYLOADS: readonly (readonly [string, unknown])[] = [
  ...[null, undefined, [], "", "abc", 0, -1, NaN, 1e308, true, "x".repeat(1_000_000), {}].map((v) => [label(v), v] as const),
  ["objet imbriqué", nested(100_000, (inner) => ({ a: inner }))],
  ["liste imbriquée", nested(100_000, (inner) => [inner])],
  ...[
    { year: "2025" }, { year: 1e308 }, { year: NaN }, { year: -1 }, { year: 2025.5 }, { year: [2025] },
    { year: 2025, settings: null }, { year: 2025, settings: [] }, { year: 2025, settings: "abc" },
    { year: 2025, association: "x".repeat(1_000_000) }, { year: 2025, association: 5 },
    { sheetId: -1 }, { sheetId: 1e308 }, { sheetId: "1" },
    { sheet: "x".repeat(1_000_000) }, { sheet: null }, { sheet: 5 }, { sheet: "../../etc/passwd" }, { sheet: "Journal", range: "ZZZZ1:A" },
    { sheet: "Journal", range: "A1:ZZZ99999999" }, { sheet: "Journal", columns: { date: "x".repeat(100_000) } },
    { __proto__: { year: 2025 } }, Object.create(null),
  ].map((v) => [label(v), v] as const),
  ["réglages imbriqués", { year: 2025, settings: nested(50_000, (inner) => ({ source: inner })) }],
  ["source imbriquée", { sheet: "", source: nested(50_000, (inner) => ({ sheet: inner })) }],
];


/** Each leaf of SETTINGS replaced in turn, so that hostile values reach every field the page has. */
function leafVariants(base: unknown, values: readonly unknown[], path: string[] = []): { path: string; value: unknown; hostile: unknown }[] {
  if (base && typeof base === "object") {
    return Object.entries(base).flatMap(([k, v]) =>
      leafVariants(v, values, [...path, k]).map((variant) => ({
        ...variant,
        value: Array.isArray(base) ? Object.assign([...base], { [k]: variant.value }) : { ...base, [k]: variant.value },
      })),
    );
  }
  return values.map((value) => ({ path: `${path.join(".")} = ${label(value)}`, value, hostile: value }));
}

const HOSTILE_FIELDS: readonly unknown[] = [
  "", "-1", "0", "1e308", "NaN", "Infinity", "abc", "x".repeat(10_000), "99999999999", "0,000001", "29/02", "02-29", "lune",
  -1, 0, 1e308, 99_999_999_999, 0.000001, null, [], {}, true,
];

interface Answer {
  thrown?: string;
  value?: unknown;
}

function answer(world: ReturnType<typeof sampleWorld>, name: string, args: unknown[]): Answer {
  try {
    return { value: call(world, name, ...args).value };
  } catch (error) {
    const { name: kind, message } = error as Error;
    return { thrown: `${kind}: ${message}` };
  }
}

/** French message(s), no leak anywhere in what the page receives. */
function expectFrenchReply(reply: Answer, typed: string[], what: string): boolean {
  if (reply.thrown !== undefined) {
    expectFrenchAnswer(reply.thrown, typed, what);
    return UNEXPECTED.test(reply.thrown);
  }
  const value = reply.value as { message?: unknown; errors?: Record<string, string> } | undefined;
  for (const text of stringsOf(value)) for (const leak of LEAKS) expect(withoutEchoes(text, typed), `${what} : ${leak}`).not.toMatch(leak);
  if (value && typeof value.message === "string" && value.message) expectFrenchAnswer(value.message, typed, what);
  if (value?.errors) for (const [path, message] of Object.entries(shownErrors(value.errors))) expectFrenchAnswer(message, typed, `${what} ${path}`);
  return typeof value?.message === "string" && UNEXPECTED.test(value.message);
}

describe("sidebar server functions, menu items and triggers, given hostile payloads", () => {
  const others = ENTRY_POINTS.filter((e) => !e.customFunction);

  it("are all here", () => {
    expect(others.map((e) => e.name)).toEqual(expect.arrayContaining([
      "onOpen", "showHelp", "showSidebar", "getSidebarState", "previewSource", "saveSettings", "generateReport", "getDownloads",
      "openReportSheet", "createAliasTable", "createAssociationTable",
    ]));
  });

  it.each(others.map((e) => [e.name] as const))("%s answers each payload in French", (name) => {
    const unexpected: string[] = [];
    for (const [description, payload] of HOSTILE_PAYLOADS) {
      const world = sampleWorld([], SHEET_JOURNAL);
      const what = `${name} ${description}`;
      if (expectFrenchReply(answer(world, name, [payload]), stringsOf(payload), what)) unexpected.push(what);
    }
    expect(unexpected, "Erreur inattendue au lieu d'un refus").toEqual([]);
  }, 120_000);

  it.each(["previewSource", "saveSettings", "generateReport", "getDownloads", "createAssociationTable"])(
    "%s answers in French to a hostile value in each settings field, and a report after it",
    (name) => {
      const unexpected: string[] = [];
      const base = name === "previewSource" ? SETTINGS.source : SETTINGS;
      for (const variant of leafVariants(base, HOSTILE_FIELDS)) {
        const world = sampleWorld([], SHEET_JOURNAL);
        const payload = name === "previewSource" || name === "saveSettings" ? variant.value
          : name === "createAssociationTable" ? { sheet: "", source: (variant.value as typeof SETTINGS).source }
          : { year: 2025, settings: variant.value };
        if (name === "createAssociationTable" && !variant.path.startsWith("source.")) continue;
        const what = `${name} ${variant.path}`;
        const typed = stringsOf(variant.hostile);
        const reply = answer(world, name, [payload]);
        if (expectFrenchReply(reply, typed, what)) unexpected.push(what);
        // saved: the next « Générer » and the downloads read it back
        if (name === "saveSettings" && (reply.value as { ok?: boolean } | undefined)?.ok) {
          for (const next of ["generateReport", "getDownloads"]) {
            if (expectFrenchReply(answer(world, next, [{ year: 2025 }]), typed, `${what} puis ${next}`)) unexpected.push(`${what} puis ${next}`);
          }
        }
      }
      expect(unexpected, "Erreur inattendue au lieu d'un refus").toEqual([]);
    },
    300_000,
  );
});

