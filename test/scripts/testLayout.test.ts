import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main, misplacedTests, sourceOf, testFiles } from "../../scripts/testLayout.mjs";

const ROOT = path.resolve(__dirname, "../..");
const exists = (source: string) => existsSync(path.join(ROOT, source));

const scratch = mkdtempSync(path.join(tmpdir(), "valorise-layout-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A scratch repository holding these files, empty. */
function repository(files: string[]): string {
  const root = mkdtempSync(path.join(scratch, "repo-"));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "");
  }
  return root;
}

describe("the tests mirror the source tree", () => {
  it("every test file of the repository sits at the path of its source file", () => {
    const files = testFiles(ROOT);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain("test/scripts/testLayout.test.ts");
    const misplaced = misplacedTests(files, exists).map(({ file, source }) => `${file} (${source} n'existe pas)`);
    expect(misplaced, `move each test beside its source (test/README.md):\n${misplaced.join("\n")}`).toEqual([]);
  });

  it("reads the source a test path names: src/, tools/ or scripts/, with or without an aspect", () => {
    expect(sourceOf("test/core/journal/read.test.ts")).toBe("src/core/journal/read.ts");
    expect(sourceOf("test/core/journal/read.memory.test.ts")).toBe("src/core/journal/read.ts");
    expect(sourceOf("test/local/readers/benevalibre-json.test.ts")).toBe("src/local/readers/benevalibre-json.ts");
    expect(sourceOf("test/tools/emulator/range.merge.test.ts")).toBe("tools/emulator/range.ts");
    expect(sourceOf("test/scripts/claspProject.test.ts")).toBe("scripts/claspProject.mjs");
    expect(sourceOf("test/core/journal/harness.ts")).toBeNull();
  });

  it("catches a test whose source is missing, and exempts only the browser tests of test/e2e/", () => {
    const paths = [
      "test/core/journal.test.ts", // src/core/journal.ts does not exist: src/core/journal/ is a folder
      "test/core/journal/read.spread.test.ts",
      "test/local/readers/xlsx-writers.test.ts", // a hyphen is part of the name, not an aspect
      "test/tools/boundary.test.ts",
      "test/scripts/build.boundary.test.ts",
      "test/e2e/sidebar.test.ts",
    ];
    expect(misplacedTests(paths, exists)).toEqual([
      { file: "test/core/journal.test.ts", source: "src/core/journal.ts" },
      { file: "test/local/readers/xlsx-writers.test.ts", source: "src/local/readers/xlsx-writers.ts" },
      { file: "test/tools/boundary.test.ts", source: "tools/boundary.ts" },
    ]);
  });

  it("node scripts/testLayout.mjs: exit 0 on this repository, 1 with the offending paths on a misplaced test", () => {
    const run = spawnSync(process.execPath, ["scripts/testLayout.mjs"], { cwd: ROOT, encoding: "utf8" });
    expect(run.stdout).toMatch(/^\d+ fichiers de test, chacun au chemin de sa source/);
    expect(run.status).toBe(0);

    const root = repository(["src/core/money/cents.ts", "test/core/money/cents.test.ts", "test/core/money.test.ts", "test/e2e/sidebar.test.ts"]);
    const said: string[] = [];
    expect(main(root, (message) => said.push(message))).toBe(1);
    expect(said).toEqual([
      "1 fichier de test hors du chemin de sa source (test/README.md) :",
      "  test/core/money.test.ts : src/core/money.ts n'existe pas",
    ]);
  });
});
