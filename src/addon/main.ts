import { ENTRY_POINTS } from "./registry";

/** The bundle's only export: the build wraps each entry point in a top-level function declaration. */
export const entryPoints: Record<string, (...args: never[]) => unknown> = Object.fromEntries(
  ENTRY_POINTS.map((e) => [e.name, e.run]),
);
export { ENTRY_POINTS };
