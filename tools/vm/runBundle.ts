// Runs the built Apps Script bundle the way Apps Script does: one global scope holding
// only the service globals (no require, process, Buffer, timers), top-level functions as
// globals, called by name.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import vm from "node:vm";

export interface LoadedBundle {
  /** The bundle's global object: service globals plus whatever the bundle declared. */
  context: vm.Context;
  /** Calls a top-level function of the bundle by name. */
  call(name: string, ...args: unknown[]): unknown;
}

export function loadBundle(codePath = "dist/Code.js", globals: object = {}): LoadedBundle {
  const filename = resolve(codePath);
  const source = readFileSync(filename, "utf8");
  const context = vm.createContext({ ...globals });
  new vm.Script(source, { filename }).runInContext(context);
  return {
    context,
    call(name, ...args) {
      const fn: unknown = (context as Record<string, unknown>)[name];
      if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
      return fn(...args);
    },
  };
}
