export interface ParamSpec {
  name: string;
  /** French description shown by Sheets' autocomplete. */
  description: string;
  /** JSDoc type shown to users, e.g. "A1:O500" or "number". */
  type: string;
  optional?: boolean;
}

/** A function Apps Script calls by name: a trigger, a menu item, a custom function or a sidebar server function. */
export interface EntryPoint {
  name: string;
  params: ParamSpec[];
  // Apps Script passes untyped values; each implementation checks its own arguments.
  run: (...args: never[]) => unknown;
  /** Present for custom functions: written as a JSDoc block with @customfunction by the build. */
  customFunction?: { description: string; returns: string };
}
