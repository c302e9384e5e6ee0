// Runs one server function the way Apps Script does: a new execution on the shared document,
// dist/Code.js evaluated afresh in its own vm context, the function called by name.
import { type Services, type World, createServices } from "../emulator";
import { loadBundle } from "../vm/runBundle";

export interface RunOptions {
  codePath?: string;
  htmlDir?: string;
  authMode?: "NONE" | "LIMITED" | "FULL";
}

/** Where in a value a Date hides (google.script.run refuses them), or null. */
export function findDate(value: unknown, path = "résultat"): string | null {
  if (value instanceof Date || Object.prototype.toString.call(value) === "[object Date]") return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findDate(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = findDate(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

export interface RunResult {
  value: unknown;
  services: Services;
}

export function runServerFunction(world: World, name: string, args: unknown[], options: RunOptions = {}): RunResult {
  const services = createServices({ world, htmlDir: options.htmlDir ?? "dist", authMode: options.authMode ?? "FULL" });
  try {
    const bundle = loadBundle(options.codePath ?? "dist/Code.js", services.globals);
    services.handle.useTemplateScope(bundle.context);
    const value = bundle.call(name, ...args);
    const date = findDate(value);
    if (date) throw new Error(`google.script.run : une Date ne peut pas être renvoyée au navigateur (${date}).`);
    return { value, services };
  } finally {
    services.handle.endExecution();
  }
}
