import type { LoadedBundle } from "../../../tools/vm/runBundle";

/** The message of the error a custom-function call throws (the cell's error tooltip in Sheets). */
export function errorOf(bundle: LoadedBundle, name: string, ...args: unknown[]): string {
  try {
    bundle.call(name, ...args);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} n'a pas refusé l'appel`);
}
