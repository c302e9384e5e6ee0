// dist/Code.js runs the settings schemas on src/addon/zodLite.ts instead of zod/mini (the alias in
// scripts/build.mjs). The schemas are bundled twice here, once on each, and every input of a corpus
// goes through both: same success, same data (key order, stripped keys, defaults), same issues with
// the same paths and the same abort flags, same French field errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIELDS } from "../../src/core/journal/fields";

const ROOT = resolve(__dirname, "../..");
const ALIAS = { "zod/mini": join(ROOT, "src/addon/zodLite.ts") };

const ENTRY = `
export { settingsSchema, sourceSchema, associationSchema, checkSettings, defaultSettings } from "./src/core/settings/index";
export { valuationSettingsSchema, mileageSettingsSchema, rateTableSchema, parseValuationSettings } from "./src/core/settings/valuation";
export { CecSettingsSchema, parseCecSettings } from "./src/core/settings/cec";
export { yearInput, sheetIdInput, aliasSheetInput, associationTableInput, parseInput } from "./src/addon/sidebar/inputs";
export * as z from "zod/mini";
`;

type Fn = (...args: any[]) => any;
type Settings = Record<string, Fn> & { z: Record<string, Fn> };

let dir = "";
let zod: Settings;
let lite: Settings;

async function bundle(name: string, alias?: Record<string, string>): Promise<Settings> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: "ts", sourcefile: "zodLiteParity.ts" },
    bundle: true, format: "esm", platform: "neutral", target: "es2022", write: false, logLevel: "silent", alias,
  });
  expect(result.warnings).toEqual([]);
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, result.outputFiles[0]!.text);
  return (await import(pathToFileURL(file).href)) as Settings;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "valorise-zodlite-"));
  [zod, lite] = await Promise.all([bundle("zod"), bundle("lite", ALIAS)]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A value with its key order, undefined members, prototypes and Maps made visible to toEqual. */
function snapshot(v: unknown): unknown {
  if (Array.isArray(v)) return ["array", v.length, v.map(snapshot)];
  if (v instanceof Map) return ["map", [...v].map(([k, x]) => [k, snapshot(x)])];
  if (v && typeof v === "object") {
    const plain = Object.getPrototypeOf(v) === Object.prototype;
    return ["object", plain, Object.entries(v).map(([k, x]) => [k, snapshot(x)])];
  }
  return [typeof v, v];
}

function attempt(f: () => unknown): unknown {
  try {
    return { value: snapshot(f()) };
  } catch (error) {
    return { thrown: (error as Error).name, message: (error as Error).message };
  }
}

/** Everything a schema tells about one input: safeParse's answer and the raw issues with their abort flag. */
function outcome(m: Settings, schema: string, input: unknown) {
  const before = snapshot(input);
  const s = m[schema]!();
  const raw = s._zod.run({ value: input, issues: [] }, { async: false });
  const viaZ = m.z.safeParse!(s, input);
  const viaMethod = s.safeParse(input);
  // parsing never writes to its input: both sides see the same one
  if (!isDeepStrictEqual(snapshot(input), before)) throw new Error(`input changed by ${schema}`);
  const issues = (r: any) => (r.success ? [] : r.error.issues.map((i: any) => ({ code: i.code, path: i.path, message: i.message })));
  return {
    success: viaZ.success,
    data: viaZ.success ? snapshot(viaZ.data) : undefined,
    issues: issues(viaZ),
    method: { success: viaMethod.success, data: viaMethod.success ? snapshot(viaMethod.data) : undefined, issues: issues(viaMethod) },
    raw: raw.issues.map((i: any) => ({ code: i.code, path: i.path, continue: i.continue })),
  };
}

/** Each user-level reading of the settings: checkSettings's French field errors, the parse functions' errors. */
function readings(m: Settings, schema: string, input: unknown) {
  const copy = () => input;
  switch (schema) {
    case "settingsSchema": return attempt(() => m.checkSettings!(copy()));
    case "valuationSettingsSchema": return attempt(() => m.parseValuationSettings!(copy()));
    case "CecSettingsSchema": return attempt(() => m.parseCecSettings!(copy()));
    case "yearInput": case "sheetIdInput": case "aliasSheetInput": case "associationTableInput":
      return attempt(() => m.parseInput!(m[schema], copy()));
    default: return undefined;
  }
}

// ---- the corpus ----

const WRONG: unknown[] = [
  null, undefined, 0, 1, 1.5, -1, 1e9, NaN, Infinity, "", " ", "x", "1,45", "-2", "12-31", "02-29", "13-31", "2024-02-29",
  "2023-02-29", "W123456789", "123456789", true, false, [], ["x"], [{}], {}, { label: "a" }, new Date(0),
];

/** Keys an object inherits: z.object reads a key `in` its input, inherited ones too. */
const INHERITED = { inherited: 1, name: "hérité", sheet: "Feuille", mode: "taux", label: "L", qualifyingRoles: ["A"] };

type Path = (string | number)[];

function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, Array.isArray(value) ? +k : k]));
  return out;
}

function edit(base: unknown, path: Path, change: (parent: any, key: string | number) => void): unknown {
  if (!path.length) {
    const holder = { root: structuredClone(base) };
    change(holder, "root");
    return holder.root;
  }
  const copy = structuredClone(base) as any;
  let parent = copy;
  // an earlier change may have replaced an object of the path: then nothing to change
  for (const k of path.slice(0, -1)) parent = parent && typeof parent === "object" ? parent[k] : undefined;
  if (parent && typeof parent === "object") change(parent, path[path.length - 1]!);
  return copy;
}

/** The base, then each value of it replaced by each wrong value, removed, or given an unknown sibling. */
function mutants(base: unknown): unknown[] {
  const out: unknown[] = [base];
  for (const path of paths(base)) {
    for (const wrong of WRONG) out.push(edit(base, path, (p, k) => (p[k] = structuredClone(wrong))));
    if (path.length) out.push(edit(base, path, (p, k) => (Array.isArray(p) ? p.splice(+k, 1) : delete p[k])));
    out.push(edit(base, path, (p, k) => {
      if (p[k] && typeof p[k] === "object" && !Array.isArray(p[k])) p[k] = { zz: 1, ...p[k], unknown: "x", __proto__: INHERITED };
    }));
  }
  return out;
}

/** A deterministic sample of inputs with two or three mutations at once: an aborting issue beside a continuable one. */
function combined(base: unknown, count: number): unknown[] {
  let seed = 20240531;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const all = paths(base).filter((p) => p.length);
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    let input = base;
    for (let j = 0; j < 2 + next(2); j++) {
      const path = all[next(all.length)]!;
      const wrong = WRONG[next(WRONG.length)];
      input = edit(input, path, (p, k) => (p[k] = structuredClone(wrong)));
    }
    out.push(input);
  }
  return out;
}

const FULL = {
  version: 1,
  source: {
    sheet: "Journal", range: "A1:O500", rolesSheet: "Rôles", rateSheet: "Taux", aliasSheet: "Alias", associationSheet: "Associations",
    columns: { volunteer: "Bénévole", date: "Date", pending: "" },
  },
  association: { name: "Les Amis du Quartier", identifier: "123456789", declaredOn: "2001-05-12", generalInterest: true },
  valuation: {
    rateMode: "forfait", flatRate: "2 x SMIC", coefficient: "1.45", territory: "mayotte",
    rateTable: { key: "role", header: "Rôle", rows: [{ label: "Animateur", eurosPerHour: "15,50" }, { label: "Trésorier", eurosPerHour: 20 }] },
    mileage: { mode: "taux", eurosPerKm: "0.32", vehicle: "moto", cv: 3, electric: true, waived: true },
    chart: "CRC 99-01", closingDate: "06-30", etpBase: 1820, siren: "123456789", associationName: "Les Amis",
  },
  cec: {
    qualifyingRoles: ["Président", "Trésorier"], unclearRoles: ["Membre"],
    associations: [{ name: "Les Amis", declaredOn: "2010-01-01", generalInterest: false }, { name: "" }],
  },
};

const DEFAULTS = {
  version: 1,
  source: { sheet: "", range: "", rolesSheet: "", rateSheet: "", aliasSheet: "" },
  association: { name: "", identifier: "", declaredOn: "", generalInterest: true },
  valuation: { rateMode: "smic", coefficient: "1", chart: "ANC 2018-06", closingDate: "12-31", etpBase: 1607, mileage: { mode: "aucun" } },
};

const withValuation = (valuation: object) => ({ ...DEFAULTS, valuation: { ...DEFAULTS.valuation, ...valuation } });
const rows = (...list: [unknown, unknown][]) => ({ key: "niveau", rows: list.map(([label, eurosPerHour]) => ({ label, eurosPerHour })) });

/** Inputs the sidebar and the stored properties actually send, and the ways they go wrong. */
const SETTINGS_CASES: unknown[] = [
  // closing days
  ...["12-31", "02-29", "02-28", "13-31", "04-31", "00-10", "2025-06-30", "2023-02-29", "2024-02-29", "31/12", "", " 12-31"].map((closingDate) => withValuation({ closingDate })),
  // coefficients: not a decimal, negative, zero (refused by the check run after the defaults), with a bad cv (aborting or not)
  ...["1", "1,45", "1.45", "0", "0,0", "-1", "abc", "", 0, 1.45, -2, NaN].flatMap((coefficient) => [
    withValuation({ coefficient }),
    withValuation({ coefficient, mileage: { mode: "bareme", cv: 2.5 } }),
    withValuation({ coefficient, mileage: { mode: "bareme", cv: 100 } }),
    withValuation({ coefficient, etpBase: 0 }),
    withValuation({ coefficient, closingDate: "02-30" }),
    withValuation({ coefficient, rateMode: "autre" }),
  ]),
  // flat rates and mileage
  withValuation({ rateMode: "forfait" }), withValuation({ rateMode: "forfait", flatRate: "" }), withValuation({ rateMode: "forfait", flatRate: "beaucoup" }),
  withValuation({ rateMode: "forfait", flatRate: "150 % SMIC" }), withValuation({ rateMode: "forfait", flatRate: 12.5 }),
  withValuation({ mileage: { mode: "taux" } }), withValuation({ mileage: { mode: "taux", eurosPerKm: "" } }), withValuation({ mileage: { mode: "taux", eurosPerKm: "-0,3" } }),
  withValuation({ mileage: { mode: "taux", eurosPerKm: "abc", cv: 0 } }), withValuation({ mileage: { mode: "taux", eurosPerKm: "abc", cv: 0.5 } }),
  withValuation({ mileage: { mode: "bareme", vehicle: "camion" } }), withValuation({ mileage: {} }), withValuation({ mileage: undefined }),
  withValuation({ mileage: { mode: "bareme", electric: "oui", waived: null } }), withValuation({ mileage: [] }), withValuation({ mileage: "taux" }),
  // rate tables with bad rows, duplicate labels, too many rows
  withValuation({ rateTable: rows(["Animateur", "15"], ["animateur ", "16"], ["Trésorier", "2 x SMIC"]) }),
  withValuation({ rateTable: rows(["", "15"], ["  ", "x"], ["Animateur", ""], ["Chef", -3], ["Chef2", null]) }),
  withValuation({ rateTable: rows(["A", "15"], [1, "15"], ["B", {}]) }),
  withValuation({ rateTable: rows(["A", "bad"]), coefficient: "x", mileage: { mode: "moto" } }),
  withValuation({ rateTable: rows(["A", "bad"]), coefficient: "x", mileage: { cv: 150 } }),
  withValuation({ rateTable: { key: "inconnu", rows: [] } }), withValuation({ rateTable: { key: "role" } }), withValuation({ rateTable: { key: "role", rows: {} } }),
  withValuation({ rateTable: { key: "role", rows: [null, undefined, 3, "x", [], { label: "A" }] } }),
  withValuation({ rateTable: rows(...Array.from({ length: 201 }, (_, i): [string, string] => [`Niveau ${i}`, "12"])) }),
  // the page's payload: nulls for every blank field, unknown keys, wrong shapes
  { ...DEFAULTS, source: { sheet: null, range: null, rolesSheet: null, rateSheet: null, aliasSheet: null, columns: { date: null, role: "Rôle" } }, association: null },
  { ...DEFAULTS, valuation: { ...DEFAULTS.valuation, flatRate: null, rateTable: null, siren: null, mileage: { mode: "aucun", eurosPerKm: null, cv: null } } },
  { ...DEFAULTS, extra: 1, source: { ...DEFAULTS.source, columns: { date: "Date", nope: "x", role: 3 } }, valuation: { ...DEFAULTS.valuation, unknown: true } },
  { ...DEFAULTS, source: { ...DEFAULTS.source, range: "A1:O500" } }, { ...DEFAULTS, source: { ...DEFAULTS.source, range: "1A:B" } },
  { ...DEFAULTS, source: { ...DEFAULTS.source, sheet: "x".repeat(101) } }, { ...DEFAULTS, association: { ...DEFAULTS.association, name: "x".repeat(201) } },
  { ...DEFAULTS, association: { name: "A", identifier: "W12345678A" } }, { ...DEFAULTS, association: { name: "A", identifier: "12345678" } },
  { ...DEFAULTS, association: { name: "A", declaredOn: "2023-02-29" } }, { ...DEFAULTS, association: { name: "A", declaredOn: "10000-01-01" } },
  { ...DEFAULTS, version: 2 }, { ...DEFAULTS, version: "1" }, [], [DEFAULTS], "réglages", null, undefined, 0, {},
  { version: 1 }, { version: 1, source: [], association: [], valuation: [] }, { version: 1, source: {}, association: {}, valuation: {} },
  // CEC settings lists
  { ...DEFAULTS, cec: { qualifyingRoles: ["Président"], unclearRoles: [], associations: [{ name: "A" }, { name: "B", declaredOn: "2023-02-29" }, { name: 3 }] } },
  { ...DEFAULTS, cec: { qualifyingRoles: "Président", associations: {} } }, { ...DEFAULTS, cec: { qualifyingRoles: [1, "A", null], unclearRoles: [[]] } },
  { ...DEFAULTS, cec: { associations: [{ declaredOn: "2020-01-01" }, null, { name: "A", generalInterest: "oui", other: 1 }] } },
  { ...DEFAULTS, cec: [] }, { ...DEFAULTS, cec: null },
  // bounds (values/limits.ts): exponents, out of range, too long, too many, too deep
  ...["1e308", "1e15", 1e308, 99_999_999_999, "0,05", "10", "10,01", "Infinity", "NaN", "1".repeat(41)].map((coefficient) => withValuation({ coefficient })),
  ...[0.000001, 99, 100, 2500, 2501, "1607"].map((etpBase) => withValuation({ etpBase })),
  ...["2", "2,01", "0", "1e0"].map((eurosPerKm) => withValuation({ mileage: { mode: "taux", eurosPerKm } })),
  ...["1e15", "1000", "1000,01", "80 x SMIC", "81 x SMIC", "0 x SMIC"].map((flatRate) => withValuation({ rateMode: "forfait", flatRate })),
  withValuation({ rateTable: rows(["x".repeat(101), "12"], ["A", "1".repeat(41)]), flatRate: " ".repeat(41) }),
  withValuation({ closingDate: "1".repeat(41), associationName: "x".repeat(201), rateTable: { key: "role", header: "x".repeat(201), rows: [] } }),
  { ...DEFAULTS, source: { ...DEFAULTS.source, range: "A1:O123456789" } }, { ...DEFAULTS, source: { ...DEFAULTS.source, range: "A1:O12345678" } },
  { ...DEFAULTS, cec: { qualifyingRoles: Array.from({ length: 201 }, (_, i) => `Rôle ${i}`), unclearRoles: ["x".repeat(101)] } },
  { ...DEFAULTS, cec: { associations: [{ name: "x".repeat(201) }] } },
  { ...DEFAULTS, source: { ...DEFAULTS.source, columns: { date: { a: { b: { c: { d: { e: { f: { g: { h: { i: {} } } } } } } } } } } } },
];

const CEC_CASES: unknown[] = [
  {}, { qualifyingRoles: [] }, { qualifyingRoles: ["A", "B"], unclearRoles: ["C"], associations: [] }, [], "x", null, undefined, 3,
  { qualifyingRoles: ["A", 2, "B", null] }, { unclearRoles: "A" }, { associations: [{ name: "Les Amis", declaredOn: "2015-03-01", generalInterest: true }] },
  { associations: [{ name: "A", declaredOn: "2015-02-30" }, { name: "B", declaredOn: "" }, { name: "C", generalInterest: 1 }, {}] },
  { associations: [{ name: "A", declaredOn: "0000-02-29" }, { name: "B", declaredOn: "1900-02-29" }, { name: "C", declaredOn: "2000-02-29" }] },
];

const INPUT_CASES: Record<string, unknown[]> = {
  yearInput: [{ year: 2025 }, { year: 2025, settings: DEFAULTS }, { year: 2025, settings: null }, { year: 1899 }, { year: 10000 }, { year: 2025.5 },
    { year: "2025" }, {}, { settings: {} }, { year: 2025, extra: 1 }, null, [], 2025, { year: NaN }, { year: 1900 }, { year: 9999 }],
  sheetIdInput: [{ sheetId: 0 }, { sheetId: 12345 }, { sheetId: -1 }, { sheetId: 1.5 }, { sheetId: "1" }, { sheetId: Number.MAX_SAFE_INTEGER + 2 }, {}, null, { sheetId: Infinity }],
  aliasSheetInput: [{ sheet: "" }, { sheet: "Alias" }, { sheet: "x".repeat(100) }, { sheet: "x".repeat(101) }, { sheet: null }, {}, { sheet: 3 }, "Alias"],
  associationTableInput: [{ sheet: "" }, { sheet: "Associations", source: DEFAULTS.source }, { sheet: "A", source: null }, { sheet: "A", source: undefined },
    { source: {} }, { sheet: "x".repeat(101), source: [] }, [], { sheet: "A", extra: true }],
};

const pick = (key: string) => (v: unknown) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined);

function corpus(): [string, unknown[]][] {
  const settings = [...mutants(FULL), ...mutants(DEFAULTS), ...combined(FULL, 1500), ...combined(DEFAULTS, 500), ...SETTINGS_CASES];
  const valuations = [...mutants(FULL.valuation), ...mutants(DEFAULTS.valuation), ...SETTINGS_CASES.map(pick("valuation")), ...combined(FULL.valuation, 500)];
  return [
    ["settingsSchema", settings],
    ["sourceSchema", [...mutants(FULL.source), ...SETTINGS_CASES.map(pick("source"))]],
    ["associationSchema", [...mutants(FULL.association), ...SETTINGS_CASES.map(pick("association"))]],
    ["valuationSettingsSchema", valuations],
    ["mileageSettingsSchema", [...mutants(FULL.valuation.mileage), ...valuations.map(pick("mileage"))]],
    ["rateTableSchema", [...mutants(FULL.valuation.rateTable), ...valuations.map(pick("rateTable"))]],
    ["CecSettingsSchema", [...mutants(FULL.cec), ...CEC_CASES, ...SETTINGS_CASES.map(pick("cec"))]],
    ...Object.entries(INPUT_CASES).map(([name, cases]): [string, unknown[]] => [name, cases.flatMap(mutants)]),
  ];
}

describe("src/addon/zodLite.ts against zod/mini, on every settings schema of the repo", () => {
  it("gives the same success, data, issue paths, messages and abort flags on each input of the corpus", () => {
    let compared = 0;
    let failures = 0;
    const aborting = new Set<string>();
    const mismatches: unknown[] = [];
    for (const [schema, inputs] of corpus()) {
      for (const input of inputs) {
        const expected = { outcome: outcome(zod, schema, input), readings: readings(zod, schema, input) };
        const actual = { outcome: outcome(lite, schema, input), readings: readings(lite, schema, input) };
        if (!isDeepStrictEqual(actual, expected)) mismatches.push({ schema, input, actual, expected });
        compared++;
        if (!expected.outcome.success) failures++;
        for (const issue of expected.outcome.raw) aborting.add(`${issue.code}:${issue.continue}`);
      }
    }
    expect({ differing: mismatches.length, first: mismatches[0] }).toEqual({ differing: 0, first: undefined });
    // the corpus reaches both outcomes and every kind of issue the schemas raise
    expect(compared).toBeGreaterThan(8000);
    expect(failures).toBeGreaterThan(compared / 2);
    expect(compared - failures).toBeGreaterThan(500);
    expect([...aborting].sort()).toEqual(["custom:false", "custom:true", "custom:undefined", "invalid_type:undefined"]);
    // its column choices name real fields: the schema keeps them rather than dropping them as unknown keys
    for (const field of Object.keys(FULL.source.columns)) expect(FIELDS).toContain(field);
  }, 60_000);

  it("fills the defaults in the shape's order and keeps the form's order otherwise, on both", () => {
    const input = { valuation: { etpBase: 1820, zz: 1, coefficient: "2" }, association: { generalInterest: false, name: "A" }, version: 1, source: {} };
    const expected = zod.z.safeParse!(zod.settingsSchema!(), input);
    expect(expected.success).toBe(true);
    expect(Object.keys(expected.data)).toEqual(["version", "source", "association", "valuation"]);
    expect(Object.keys(expected.data.valuation)).toEqual(["rateMode", "coefficient", "territory", "mileage", "chart", "closingDate", "etpBase"]);
    expect(snapshot(lite.z.safeParse!(lite.settingsSchema!(), input).data)).toEqual(snapshot(expected.data));
  });

  it("runs the valuation check after the defaults only when no issue aborts, on both", () => {
    // cv 100 fails a bound (continues): the flat rate is checked too; cv 2.5 is no whole number (aborts): it is not.
    // The coefficient's bounds are its field's own: checked either way.
    const errors = (m: Settings, cv: number) =>
      Object.keys(m.checkSettings!(withValuation({ rateMode: "forfait", flatRate: "abc", coefficient: "1e308", mileage: { mode: "bareme", cv } })).errors);
    for (const m of [zod, lite]) {
      expect(errors(m, 100)).toEqual(["valuation.coefficient", "valuation.mileage.cv", "valuation.flatRate"]);
      expect(errors(m, 2.5)).toEqual(["valuation.coefficient", "valuation.mileage.cv"]);
    }
  });

  it("agrees on the generic rules: an absent required field, an absent optional one that would fail, a custom that accepts anything", () => {
    const probe = (m: Settings) => {
      const { z } = m;
      const schema = z.object!({
        any: z.custom!(),
        opt: z.optional!(z.custom!((v: unknown) => v === 1)),
        soft: z.optional!(z.custom!((v: unknown) => v === 1, { abort: false })),
        nested: z.optional!(z.object!({ a: z.custom!((v: unknown) => typeof v === "string").check(z.refine!((v: string) => v.length > 1)) })),
      }).check(z.refine!(() => false));
      return [{}, { any: undefined }, { any: 1, opt: 2 }, { any: 1, soft: 2 }, { any: 1, nested: { a: "x" } }, { any: 1, nested: { a: 3 } }, { any: 1, opt: undefined }]
        .map((input) => {
          const r = schema._zod.run({ value: input, issues: [] }, { async: false });
          return { value: snapshot(r.value), issues: r.issues.map((i: any) => [i.code, i.path, i.continue]) };
        });
    };
    const expected = probe(zod);
    expect(expected[0]!.issues).toEqual([["invalid_type", ["any"], undefined]]);
    expect(probe(lite)).toEqual(expected);
  });

  it("leaves zod out of dist/Code.js, and the shim exports every construct the add-on reads", async () => {
    const code = readFileSync(join(ROOT, "dist/Code.js"), "utf8");
    expect(code).not.toContain("$ZodType");
    const result = await build({
      entryPoints: [join(ROOT, "src/addon/main.ts")], bundle: true, format: "iife", platform: "neutral", write: false, logLevel: "silent", alias: ALIAS,
    });
    expect(result.warnings.map((w) => w.text)).toEqual([]);
  });
});
