import type { EntryRuns } from "./functions/spec";
import { ENTRY_RUNS } from "./runs";

/**
 * The bundle's one output. scripts/build.mjs declares `entryPoints` in the function it wraps the
 * bundle in and returns it as the global Valorise; the top-level function the build writes for each
 * entry point (with the parameters and JSDoc of src/addon/registry.ts) calls into it. An assignment
 * rather than an export: an export would bring esbuild's module-interop helpers into the bundle.
 */
declare let entryPoints: EntryRuns;
entryPoints = ENTRY_RUNS;
