import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { basename, dirname, joinPath, normalize } from "../../../src/local/readers/archivePath";

/** Paths made of names, dots and slashes in every order, from a fixed seed. */
function paths(count: number): string[] {
  const parts = ["xl", "sheet1.xml", ".", "..", "", "_rels", "a.b"];
  const out: string[] = [];
  let seed = 1;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    let path = next(4) === 0 ? "/" : "";
    for (let j = next(6); j > 0; j--) path += parts[next(parts.length)]! + (next(3) ? "/" : "");
    out.push(path);
  }
  return out;
}

describe("paths inside an archive, as Node's path.posix makes them", () => {
  it("relationship targets as workbooks write them", () => {
    expect(joinPath("xl", "_rels", "workbook.xml.rels")).toBe("xl/_rels/workbook.xml.rels");
    expect(normalize(joinPath("xl", "worksheets/sheet1.xml"))).toBe("xl/worksheets/sheet1.xml");
    expect(normalize(joinPath("book", "../sheets/./one.xml"))).toBe("sheets/one.xml");
    expect(normalize(joinPath("", "../../x.xml"))).toBe("../../x.xml");
    expect(dirname("xl/workbook.xml")).toBe("xl");
    expect(dirname("workbook.xml")).toBe(".");
    expect(basename("xl/workbook.xml")).toBe("workbook.xml");
  });

  it("the same as node:path on 20,000 paths of every shape", () => {
    const all = paths(20_000);
    for (const [i, path] of all.entries()) {
      const other = all[(i * 7) % all.length]!;
      expect([normalize(path), dirname(path), basename(path), joinPath(path, other), joinPath(path, "", other)], JSON.stringify([path, other])).toEqual([
        posix.normalize(path), posix.dirname(path), posix.basename(path), posix.join(path, other), posix.join(path, "", other),
      ]);
    }
  });
});
