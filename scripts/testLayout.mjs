// Lists the test files that do not sit at the path of the source file they test (test/README.md):
// test/<path>.test.ts or test/<path>.<aspect>.test.ts tests src/<path>.ts; under test/tools/ it tests
// tools/<path>.ts and under test/scripts/ scripts/<path>.mjs. The browser tests of test/e2e/ drive the
// whole sidebar, not one module: they are the one exception.
// `node scripts/testLayout.mjs` prints the misplaced ones and exits with 1 when there is any.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const EXEMPT_DIRS = ["test/e2e/"];
const TEST = /^test\/(.+)\.test\.ts$/;

/** The source file a test file's path names (repository paths, with /), or null when it names none. */
export function sourceOf(testPath) {
  const match = TEST.exec(testPath);
  if (!match) return null;
  const dir = path.posix.dirname(match[1]);
  // The name up to the first dot: journal/read.spread → journal/read.
  const name = path.posix.basename(match[1]).split(".")[0];
  const stem = dir === "." ? name : `${dir}/${name}`;
  if (stem.startsWith("tools/")) return `${stem}.ts`;
  if (stem.startsWith("scripts/")) return `${stem}.mjs`;
  return `src/${stem}.ts`;
}

/** The test files of `testPaths` whose source file is missing, with the source their path names. */
export function misplacedTests(testPaths, exists) {
  return testPaths
    .filter((file) => !EXEMPT_DIRS.some((dir) => file.startsWith(dir)))
    .map((file) => ({ file, source: sourceOf(file) }))
    .filter(({ source }) => source === null || !exists(source));
}

/** Every *.test.ts under test/ of `root`, as repository paths, sorted. */
export function testFiles(root) {
  const dir = path.join(root, "test");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

export function main(root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."), say = console.log) {
  const files = testFiles(root);
  const misplaced = misplacedTests(files, (source) => existsSync(path.join(root, source)));
  if (misplaced.length === 0) {
    say(`${files.length} fichiers de test, chacun au chemin de sa source (test/README.md).`);
    return 0;
  }
  const count = misplaced.length === 1 ? "1 fichier de test hors du chemin de sa source" : `${misplaced.length} fichiers de test hors du chemin de leur source`;
  say(`${count} (test/README.md) :`);
  for (const { file, source } of misplaced) say(`  ${file} : ${source ?? "sa source"} n'existe pas`);
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
