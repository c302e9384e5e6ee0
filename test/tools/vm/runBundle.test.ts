import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createServices, sheetFromRows } from "../../../tools/emulator";
import { listTopLevelFunctions } from "../../../tools/vm/topLevelFunctions";
import { loadBundle } from "../../../tools/vm/runBundle";

const BUNDLE = `
var VERSION = "1.0";
/**
 * Total des heures.
 * @param {A2:C} rows Les lignes du journal.
 * @customfunction
 */
function TOTAL_HEURES(rows, year) {
  return rows.filter(function (r) { return r[0] !== ""; }).length + (year || 0);
}
/** Ouvre le menu. */
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem("Ouvrir", "openSidebar").addToUi();
}
function probe() {
  return [typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof SpreadsheetApp].join(",");
}
var helper = function notDeclared(a) { return "{ function fake(x) {} }"; };
const re = /function fakeToo\\(/;
function readJournal() {
  function nested(x) { return x; }
  return nested(SpreadsheetApp.getActiveSpreadsheet().getRange("Journal!A1:B2").getValues());
}
`;

function writeBundle(): string {
  const path = join(mkdtempSync(join(tmpdir(), "valorise-bundle-")), "Code.js");
  writeFileSync(path, BUNDLE);
  return path;
}

describe("loadBundle", () => {
  it("runs the bundle in a fresh context holding only the given globals", () => {
    const { globals, handle } = createServices({ sheets: [sheetFromRows("Journal", [["a", 1], ["b", 2]])] });
    const bundle = loadBundle(writeBundle(), globals);
    expect(bundle.call("probe")).toBe("undefined,undefined,undefined,undefined,object");
    expect(bundle.call("TOTAL_HEURES", [["x"], [""], ["y"]], 10)).toBe(12);
    expect(bundle.call("readJournal")).toEqual([["a", 1], ["b", 2]]);
    bundle.call("onOpen", { authMode: "NONE" });
    expect(handle.ui.menus[0].entries).toEqual([{ kind: "item", caption: "Ouvrir", functionName: "openSidebar" }]);
    expect(() => bundle.call("missing")).toThrow("Script function not found: missing");
    expect((bundle.context as Record<string, unknown>).VERSION).toBe("1.0");
  });

  it("surfaces AuthMode.NONE refusals from the bundle", () => {
    const { globals } = createServices({ authMode: "NONE" });
    const bundle = loadBundle(writeBundle(), globals);
    bundle.call("onOpen", {});
    expect(() => bundle.call("readJournal")).toThrow("You do not have permission to call SpreadsheetApp.getActiveSpreadsheet");
  });
});

describe("listTopLevelFunctions", () => {
  it("lists top-level declarations with parameters and the JSDoc right before them", () => {
    const functions = listTopLevelFunctions(BUNDLE);
    expect(functions.map((f) => [f.name, f.params])).toEqual([
      ["TOTAL_HEURES", ["rows", "year"]],
      ["onOpen", ["e"]],
      ["probe", []],
      ["readJournal", []],
    ]);
    expect(functions[0].jsdoc).toContain("@customfunction");
    expect(functions[0].jsdoc).toContain("@param {A2:C} rows");
    expect(functions[1].jsdoc).toBe("/** Ouvre le menu. */");
    expect(functions[2].jsdoc).toBeNull();
    expect(functions[0].line).toBe(8);
  });

  it("ignores functions inside an IIFE and handles statements without semicolons", () => {
    expect(listTopLevelFunctions("(() => { function hidden() {} })();")).toEqual([]);
    const source = "var a = 1\nfunction b(x, y = 2) {}\nvar c = 2 / 1 / 2\nfunction d() {}";
    expect(listTopLevelFunctions(source).map((f) => [f.name, f.params])).toEqual([["b", ["x", "y"]], ["d", []]]);
  });
});
