/*
 * The part of zod/mini the settings schemas run (src/core/settings, src/addon/sidebar: see the list
 * in src/core/settings/checks.ts), for dist/Code.js only: scripts/build.mjs substitutes this file for
 * "zod/mini" in the Apps Script bundle, which loads on every custom-function call; Node and the types
 * keep real zod. It follows zod 4's rules where the schemas can tell:
 * - a schema parses, then runs its checks in order until an issue without `continue: true` is raised
 *   (z.custom's issue aborts unless { abort: false }, z.refine's only with { abort: true }; an issue a
 *   check function pushes aborts);
 * - z.object keeps its shape's keys in the shape's order, drops the others, prefixes its fields' issues
 *   with their key, and leaves out an absent optional field with its issues;
 * - safeParse's issues have their path ([] at the root) and message ("Invalid input" unless given).
 * test/addon/zodLite.test.ts runs every schema of the repo built on both and compares the results.
 */

type Issue = { code: string; path?: PropertyKey[]; input?: unknown; message?: string; continue?: boolean; [key: string]: unknown };
type Payload = { value: any; issues: Issue[] };
type CheckFn = (payload: Payload) => void;
type Params = { abort?: boolean };

export interface Schema {
  _zod: { run(payload: Payload, ctx?: unknown): Payload; check?: CheckFn; optin?: "optional" };
  check(...checks: (CheckFn | Schema)[]): Schema;
  safeParse(input: unknown): SafeParseResult;
}

export type SafeParseResult =
  | { success: true; data: unknown }
  | { success: false; error: { issues: (Issue & { path: PropertyKey[]; message: string })[] } };

const aborts = (issues: Issue[], from: number) => issues.slice(from).some((issue) => issue.continue !== true);

function schema(parse: CheckFn, checks: CheckFn[], optional?: boolean): Schema {
  const self: Schema = {
    _zod: {
      run(payload) {
        parse(payload);
        for (let i = 0, stop = aborts(payload.issues, 0); i < checks.length && !stop; i++) {
          const before = payload.issues.length;
          checks[i]!(payload);
          stop = aborts(payload.issues, before);
        }
        return payload;
      },
      // z.custom is a check as well as a schema: what .check() runs when it is handed one
      check: checks[0],
      optin: optional ? "optional" : undefined,
    },
    check: (...more) => schema(parse, [...checks, ...more.map((c) => (typeof c === "function" ? c : c._zod.check!))], optional),
    safeParse: (input) => safeParse(self, input),
  };
  return self;
}

const unchanged: CheckFn = () => {};

export function custom(fn: (value: any) => unknown = () => true, params?: Params): Schema {
  const abort = params?.abort ?? true;
  return schema(unchanged, [
    (payload) => {
      if (!fn(payload.value)) payload.issues.push({ code: "custom", input: payload.value, path: [], continue: !abort });
    },
  ]);
}

export const refine = (fn: (value: any) => unknown, params?: Params): Schema => custom(fn, { abort: !!params?.abort });

export const optional = (inner: Schema): Schema =>
  schema((payload) => {
    if (payload.value !== undefined) inner._zod.run(payload);
  }, [], true);

export const object = (shape: Record<string, Schema>): Schema =>
  schema((payload) => {
    const input = payload.value;
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      payload.issues.push({ expected: "object", code: "invalid_type", input });
      return;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      if (key === "__proto__") continue;
      const field = shape[key]!;
      const result = field._zod.run({ value: input[key], issues: [] });
      const present = key in input;
      if (!present && field._zod.optin) continue;
      for (const issue of result.issues) {
        issue.path = [key, ...(issue.path ?? [])];
        payload.issues.push(issue);
      }
      if (present) out[key] = result.value;
      else if (!result.issues.length) payload.issues.push({ code: "invalid_type", expected: "nonoptional", input: undefined, path: [key] });
    }
    payload.value = out;
  }, []);

export function safeParse(s: Schema, input: unknown): SafeParseResult {
  const { value, issues } = s._zod.run({ value: input, issues: [] });
  if (!issues.length) return { success: true, data: value };
  return {
    success: false,
    error: {
      issues: issues.map(({ input: _input, continue: _continue, ...issue }) => ({ ...issue, path: issue.path ?? [], message: issue.message || "Invalid input" })),
    },
  };
}
