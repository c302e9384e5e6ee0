// The product (src/) never imports the development tools (tools/: emulator, vm runner, preview,
// bench); the tools and the tests import the product, never the other way round.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Each file of `dir` with the repository paths its relative imports reach. */
function importsOf(dir: string): { file: string; target: string }[] {
  return sourceFiles(dir).flatMap((file) =>
    [...readFileSync(join(ROOT, file), "utf8").matchAll(SPECIFIER)]
      .map((match) => match[1]!)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => ({ file, target: relative(ROOT, resolve(ROOT, dirname(file), spec)) })),
  );
}

const intoTools = (target: string) => target === "tools" || target.startsWith("tools/");

describe("src/ and tools/", () => {
  it("src/ imports nothing from tools/", () => {
    expect(importsOf("src").filter((i) => intoTools(i.target))).toEqual([]);
  });

  it("the scan sees the tests' imports of tools/ (so an import from src/ would be caught)", () => {
    const fromTests = importsOf("test").filter((i) => intoTools(i.target)).map((i) => i.target);
    expect(fromTests).toContain("tools/emulator");
    expect(fromTests).toContain("tools/vm/runBundle");
  });
});
