// The build shortens the names of internal properties (scripts/build.mjs, mangleProps). A shortened
// name must never meet the outside world: the sidebar page, stored settings and sheet marks, the
// Apps Script services and what Sheets hands a custom function all use the full names. This runs
// every entry point of dist/Code.js behind a membrane that records each property name the bundle
// reads from an outside object (service results, JSON.parse, its arguments) and each key of the
// objects it hands out (service arguments, JSON.stringify, its results), and requires that none of
// them is one of the short names the build gave (dist-local/mangled-names.json). Before that, two
// static checks: no string of the bundle names a shortened property, and no shortened property is
// reached through a string known at run time (test/scripts/stringKeys.ts).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../src/addon/registry";
import { type World, createServices } from "../../tools/emulator";
import { loadBundle } from "../../tools/vm/runBundle";
import { CODE, SETTINGS, requireBuild, sampleWorld } from "../addon/sidebar/harness";
import { stringKeys } from "./stringKeys";

interface Seen {
  /** Property names read on outside objects, each with where it was read. */
  read: Map<string, string>;
  /** Keys of the objects handed out. */
  written: Map<string, string>;
  /** Keys of the plain objects that came in (stored settings, the sidebar's input, ranges' values). */
  carried: Map<string, string>;
}

const isObject = (v: unknown): v is object => (typeof v === "object" && v !== null) || typeof v === "function";
const wrapped = new WeakMap<object, object>();
const raw = new WeakMap<object, object>();

/** Records every key of a value handed out; JSON text is read as the object it stands for. */
function handOut(value: unknown, where: string, seen: Seen, visited = new Set<unknown>()): void {
  if (typeof value === "string") {
    if (/^\s*[[{]/.test(value)) {
      try {
        handOut(JSON.parse(value), `${where} (JSON)`, seen, visited);
      } catch {
        // a chunk of a longer JSON text, or plain text
      }
    }
    return;
  }
  // an outside object handed back (a range to a chart, a row read) is not the bundle's
  if (!isObject(value) || visited.has(value) || value instanceof Date || raw.has(value)) return;
  visited.add(value);
  for (const key of Object.keys(value)) {
    if (!seen.written.has(key)) seen.written.set(key, where);
    handOut((value as Record<string, unknown>)[key], `${where}.${key}`, seen, visited);
  }
}

/** An outside object as the bundle sees it: property reads recorded, methods' arguments and results through the membrane. */
function fromOutside<T>(value: T, where: string, seen: Seen): T {
  if (!isObject(value) || value instanceof Date) return value;
  const known = wrapped.get(value);
  if (known) return known as T;
  if (Object.getPrototypeOf(value) === Object.prototype) {
    for (const key of Object.keys(value)) if (!seen.carried.has(key)) seen.carried.set(key, where);
  }
  const note = (property: string | symbol) => {
    if (typeof property === "string" && !seen.read.has(property)) seen.read.set(property, where);
  };
  const proxy = new Proxy(value, {
    get(target, property) {
      note(property);
      const v: unknown = Reflect.get(target, property);
      // an array's constructor makes the copies map and filter return: the bundle's own arrays
      if (property === "constructor" || typeof property === "symbol") return v;
      if (typeof v !== "function" || Array.isArray(target)) return fromOutside(v, `${where}.${String(property)}`, seen);
      const method = v as (...args: unknown[]) => unknown;
      return function (this: unknown, ...args: unknown[]) {
        args.forEach((a, i) => handOut(a, `${where}.${String(property)}(#${i})`, seen));
        const self = isObject(this) ? (raw.get(this) ?? this) : this;
        return fromOutside(method.apply(self, args.map((a) => (isObject(a) ? (raw.get(a) ?? a) : a))), `${where}.${String(property)}()`, seen);
      };
    },
    has(target, property) {
      note(property);
      return Reflect.has(target, property);
    },
  });
  wrapped.set(value, proxy);
  raw.set(proxy, value);
  return proxy;
}

/** Short name → the name in the source, and the reverse. */
const SHORT_NAMES: Map<string, string> = new Map();
const ORIGINAL_NAMES: Map<string, string> = new Map();
/** The bundle's source files. */
let SOURCES: string[] = [];

function loadBehindMembrane(world: World, seen: Seen, options: { customFunction?: boolean } = {}) {
  const services = createServices({ world, htmlDir: "dist", customFunction: options.customFunction });
  const globals: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(services.globals)) globals[name] = fromOutside(service, name, seen);
  globals.JSON = {
    parse: (text: string) => fromOutside(JSON.parse(text), "JSON.parse", seen),
    stringify: (value: unknown) => {
      handOut(value, "JSON.stringify", seen);
      return JSON.stringify(value);
    },
  };
  const bundle = loadBundle(CODE, globals);
  services.handle.useTemplateScope(bundle.context);
  return {
    /** The function's result, or { thrown: message } (a custom function's error shown in its cell). */
    run(name: string, ...args: unknown[]): unknown {
      try {
        const value = bundle.call(name, ...args.map((a, i) => fromOutside(a, `${name}(#${i})`, seen)));
        handOut(value, `${name}()`, seen);
        return value;
      } catch (error) {
        return { thrown: isObject(error) && "message" in error ? String(error.message) : String(error) };
      } finally {
        services.handle.endExecution();
      }
    },
  };
}

/**
 * The short names read or handed out, and the shortened names carried by what came in (the bundle
 * would read them by their short name, even from a copy made with Object.entries or a spread).
 */
function leaks(seen: Seen): string[] {
  const found: string[] = [];
  for (const [kind, names] of [["read", seen.read], ["handed out", seen.written]] as const) {
    for (const [name, where] of names) if (SHORT_NAMES.has(name)) found.push(`${kind} ${name} (short for ${SHORT_NAMES.get(name)}): ${where}`);
  }
  for (const [name, where] of seen.carried) if (ORIGINAL_NAMES.has(name)) found.push(`received ${name} (shortened to ${ORIGINAL_NAMES.get(name)}): ${where}`);
  return found;
}

const newSeen = (): Seen => ({ read: new Map(), written: new Map(), carried: new Map() });

const FIX = "take these names out of INTERNAL_MEMBERS in scripts/build.mjs (or reach the property by its name, not by a string)";

beforeAll(() => {
  requireBuild();
  const built = JSON.parse(readFileSync("dist-local/mangled-names.json", "utf8")) as { names: Record<string, string>; sources: string[] };
  SOURCES = built.sources;
  for (const [original, short] of Object.entries(built.names)) {
    SHORT_NAMES.set(short, original);
    ORIGINAL_NAMES.set(original, short);
  }
});

describe("no shortened property name crosses the bundle's boundary", () => {
  it("the build shortened names, and they are not names the outside uses", () => {
    expect(SHORT_NAMES.size).toBeGreaterThan(50);
    for (const name of ["ok", "message", "settings", "source", "year", "getValues", "setValues", "length"]) expect(SHORT_NAMES.has(name), name).toBe(false);
  });

  it("no string of the bundle names a shortened property (as in obj[\"name\"] or \"name\" in obj)", () => {
    const source = readFileSync(CODE, "utf8");
    const quoted = [...ORIGINAL_NAMES.keys()].filter((name) => new RegExp(`(["'\`])${name}\\1`).test(source));
    expect(quoted, FIX).toEqual([]);
  });

  it("no shortened property is a dictionary key, reached by obj[key] or Object.keys, or carried by JSON or google.script.run", () => {
    expect(SOURCES).toContain("src/core/journal/read.ts");
    const { names } = stringKeys(SOURCES, ["src/contract/sidebar.ts"]);
    // the checker sees the known cases: a dictionary, obj[key], "key" in obj, Object.keys, JSON
    for (const name of ["jours", "category", "cents", "birth", "metropole", "eurosPerHour", "sheetId"]) expect(names.has(name), name).toBe(true);
    const reached = [...ORIGINAL_NAMES.keys()].filter((name) => names.has(name)).map((name) => `${name}: ${names.get(name)!.join("; ")}`);
    expect(reached, FIX).toEqual([]);
  }, 60_000);

  it("through every sidebar server function, the menu, and their stored settings and sheet marks", () => {
    const seen = newSeen();
    const world = sampleWorld();
    const run = (name: string, ...args: unknown[]) => loadBehindMembrane(world, seen).run(name, ...args);
    run("onInstall", { authMode: "FULL" });
    run("onOpen", { authMode: "NONE" });
    run("showHelp");
    run("showSidebar");
    run("showReportSidebar");
    run("getSidebarState");
    run("previewSource", SETTINGS.source);
    run("previewSource", { ...SETTINGS.source, columns: { date: "Date de fin" } });
    const saved = run("saveSettings", SETTINGS);
    run("saveSettings", { ...SETTINGS, valuation: { ...SETTINGS.valuation, coefficient: "beaucoup" } });
    const state = run("getSidebarState");
    const first = run("generateReport", { year: 2025 });
    // again: reads the marks the first run left on the report sheets
    const again = run("generateReport", { year: 2025, settings: SETTINGS }) as { ok: boolean; sheets?: { sheetId: number }[] };
    run("generateReport", { year: 2024, settings: SETTINGS, association: "Club Sportif de Villeurbanne" });
    run("generateReport", { year: 2025, association: "Club Nautique" });
    const downloads = run("getDownloads", { year: 2025, association: "Les Jardins Partagés de Belleville" });
    run("getDownloads", { year: 2025, association: 12 });
    const documents = run("getDownloads", { year: 2025, kind: "attestations" });
    const receipts = run("getDownloads", { year: 2025, settings: SETTINGS, kind: "recus" });
    const opened = run("openReportSheet", { sheetId: again.sheets?.[0]?.sheetId });
    run("openReportSheet", { sheetId: 0 });
    const aliases = run("createAliasTable", { sheet: "" });
    const associations = run("createAssociationTable", { sheet: "", source: SETTINGS.source });
    run("previewSource", SETTINGS.source);
    const last = run("generateReport", { year: 2025 });
    // the property stores and the marks as the run left them
    for (const store of Object.values(world.properties)) for (const value of store.values()) handOut(value, "property store", seen);
    handOut(world.spreadsheet.metadata, "spreadsheet metadata", seen);
    for (const sheet of world.spreadsheet.sheets) handOut(sheet.metadata, `metadata of ${sheet.name}`, seen);

    expect(leaks(seen), FIX).toEqual([]);
    for (const result of [saved, first, again, downloads, documents, receipts, opened, aliases, associations, last]) expect(result).toMatchObject({ ok: true });
    expect(state).toMatchObject({ saved: true });
    expect(seen.read.has("getActiveSpreadsheet") && seen.read.has("rateTable") && seen.read.has("year")).toBe(true);
    expect(seen.written.has("cecNames") && seen.written.has("mileage")).toBe(true);
  });

  it("through every custom function, on a document with saved settings", () => {
    const seen = newSeen();
    const world = sampleWorld();
    loadBehindMembrane(world, seen).run("saveSettings", SETTINGS);
    const { handle } = createServices({ world });
    const journal = handle.values("Journal!A:O");
    const roles = handle.values("Rôles!A:D");
    const ARGS: Record<string, unknown[][]> = {
      BENEVOLAT_HEURES: [[journal], [journal, "Yvonne Le Floch", 2025, "Communication, représentation", "Amicale Laïque de Quimper"]],
      BENEVOLAT_TOTAUX: [[journal, 2025], [journal, 2025, "Club Sportif de Villeurbanne"]],
      BENEVOLAT_ANOMALIES: [[journal]],
      CEC_STATUT: [[journal, "Yvonne Le Floch", 2025, roles, 20]],
      CEC_ELIGIBLE: [[journal, "Yvonne Le Floch", 2025, roles, "12:30"]],
      CEC_DROITS: [[journal, "Yvonne Le Floch", 2025, roles]],
      CEC_TABLEAU: [[journal, 2025, roles]],
      SMIC_HORAIRE: [[new Date(Date.UTC(2025, 5, 1))], [new Date(Date.UTC(2025, 5, 1)), "Mayotte"], ["lundi"]],
      BENEVOLAT_VALORISATION: [[journal, 2025], [journal, 2025, 15, 1.2, "Amicale Laïque de Quimper"]],
      BENEVOLAT_ETP: [[1607], [800, 1500]],
      BENEVOLAT_COMPTES: [[journal, 2025], [journal, 2025, "", "", "CRC 99-01", "Amicale Laïque de Quimper"]],
      BENEVOLAT_VENTILATION: [
        ...["bénévole", "catégorie", "projet", "taux"].map((par) => [journal, 2025, par, "", "", "Club Sportif de Villeurbanne"]),
        [journal, 2025, "association"],
      ],
      BENEVOLAT_KM: [[journal], [journal, "Yvonne Le Floch", 2025, "Amicale Laïque de Quimper"]],
    };
    const customFunctions = ENTRY_POINTS.filter((e) => e.customFunction).map((e) => e.name);
    expect(Object.keys(ARGS).sort()).toEqual([...customFunctions].sort());
    const answered = new Set<string>();
    for (const [name, calls] of Object.entries(ARGS)) {
      for (const args of calls) {
        const value = loadBehindMembrane(world, seen, { customFunction: true }).run(name, ...args);
        if (!(isObject(value) && "thrown" in value)) answered.add(name);
      }
    }
    expect(leaks(seen), FIX).toEqual([]);
    expect([...answered].sort()).toEqual([...customFunctions].sort());
    expect(seen.read.has("getSpreadsheetTimeZone") && seen.read.has("valuation")).toBe(true);
  });
});
