export interface ParamSpec {
  name: string;
  /** French description shown by Sheets' autocomplete. */
  description: string;
  /** JSDoc type shown to users, e.g. "A1:O500" or "number". */
  type: string;
  optional?: boolean;
}

/** Entry points by the name Apps Script calls them. Apps Script passes untyped values; each implementation checks its own arguments. */
export type EntryRuns = Record<string, (...args: never[]) => unknown>;

/**
 * How the build declares an entry point at the top level of dist/Code.js: its parameters and, for a
 * custom function, the JSDoc block with @customfunction that Sheets' autocomplete shows. Only the
 * build reads it (src/addon/registry.ts): kept apart from the code, the text is not in the bundle twice.
 */
export interface EntryDoc<Name extends string = string> {
  name: Name;
  params: ParamSpec[];
  /** Present for custom functions: written as a JSDoc block with @customfunction by the build. */
  customFunction?: { description: string; returns: string };
}

/** A function Apps Script calls by name: a trigger, a menu item, a custom function or a sidebar server function. */
export interface EntryPoint extends EntryDoc {
  run: (...args: never[]) => unknown;
}
