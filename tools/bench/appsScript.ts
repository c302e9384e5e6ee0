// Runs dist/Code.js as Apps Script does for a custom function: the whole bundle evaluated in a
// fresh V8 context, then the global function called with the range as a 2D array.
// (Not tools/vm/runBundle.ts: it compiles the same source string each time, which V8's
// in-process compilation cache serves warm, about 3 ms instead of 10 ms for a real cold load.)

import vm from "node:vm";
import { ENTRY_POINTS } from "../../src/addon/registry";
import { createServices, type Services } from "../emulator";
import { BENCH_TIME_ZONE } from "./generate";

/**
 * The services of one custom-function execution (read-only spreadsheet, no UI) on an emulated
 * document in the bench zone, with the emulator's call counter.
 */
export function customFunctionServices(timeZone = BENCH_TIME_ZONE): Services {
  return createServices({ customFunction: true, timeZone });
}

export interface LoadedBundle {
  context: vm.Context;
  /** Milliseconds to create the context and evaluate the bundle. */
  loadMs: number;
}

let loads = 0;

/**
 * Evaluates the bundle in a new context. The source gets a unique trailing comment so that V8's
 * in-process compilation cache cannot serve an earlier compilation: every load is a cold compile.
 */
export function loadBundle(code: string, globals: object = customFunctionServices().globals): LoadedBundle {
  const t0 = performance.now();
  const context = vm.createContext({ ...globals });
  new vm.Script(`${code}\n// load ${++loads}`, { filename: "Code.js" }).runInContext(context);
  return { context, loadMs: performance.now() - t0 };
}

export interface ParamInfo {
  name: string;
  optional: boolean;
}

/**
 * Parameters of each custom function the loaded bundle declares, from the registry the build
 * declared them with (the bundle does not carry parameter specs).
 */
export function entryPointParams(context: vm.Context): Map<string, ParamInfo[]> {
  const declared = (name: string) => typeof (context as Record<string, unknown>)[name] === "function";
  return new Map(
    ENTRY_POINTS.filter((e) => e.customFunction && declared(e.name)).map((e) => [e.name, e.params.map((p) => ({ name: p.name, optional: Boolean(p.optional) }))]),
  );
}

export interface CustomCall {
  name: string;
  /** Milliseconds to evaluate the bundle in a fresh context. */
  loadMs: number;
  /** Milliseconds of the function call itself. */
  callMs: number;
  result: unknown;
  /** Service calls the function made (emulator counter). */
  serviceCalls: Record<string, number>;
}

/** Evaluates the bundle in a fresh context and calls one custom function, as one Sheets recalculation does. */
export function callCustomFunction(code: string, name: string, args: unknown[]): CustomCall {
  const services = customFunctionServices();
  const { context, loadMs } = loadBundle(code, services.globals);
  const fn = (context as Record<string, unknown>)[name];
  if (typeof fn !== "function") throw new Error(`${name} is not a global function of dist/Code.js`);
  const t0 = performance.now();
  const result = (fn as (...a: unknown[]) => unknown)(...args);
  const callMs = performance.now() - t0;
  return { name, loadMs, callMs, result, serviceCalls: services.handle.calls.snapshot() };
}
