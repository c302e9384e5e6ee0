// The few lines copied from exceljs must mean what exceljs's own mean.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { BUILT_IN_FORMATS, isDateFmt, xmlDecode } from "../../../src/local/readers/excelFormats";

const require = createRequire(import.meta.url);
const utils = require("exceljs/lib/utils/utils.js") as { isDateFmt(format: string): boolean; xmlDecode(text: string): string };
const builtIn = require("exceljs/lib/xlsx/defaultnumformats.js") as Record<string, { f?: string }>;

describe("exceljs's rules, copied", () => {
  it("the built-in formats that have a format code", () => {
    const expected = Object.fromEntries(Object.entries(builtIn).filter(([, v]) => v.f !== undefined).map(([id, v]) => [id, v.f]));
    expect(BUILT_IN_FORMATS).toEqual(expected);
  });

  it("which formats are dates, on the built-in ones, Excel's French ones and pieces of format codes", () => {
    const formats = [
      ...Object.values(BUILT_IN_FORMATS), "", "General", "0.00\" h\"", "[$-40C]d\\ mmmm\\ yyyy", "[Red]0.0", "[h]:mm", "\"day\"0", "dd/mm/yyyy",
      "jj/mm/aaaa", "# ##0,00 €", "[$€-40C]# ##0,00", "0\"b\"", "yyyy-mm-dd\"T\"hh:mm:ss", "[>=100]0;0.0", "@", "\"mois\" 0", "0 \"h\" ss",
    ];
    const pieces = ["y", "m", "d", "h", "s", "b", "M", "0", "#", "\"", "[", "]", "a", "é", " ", "\\"];
    let seed = 3;
    for (let i = 0; i < 5_000; i++) {
      let format = "";
      for (let j = i % 7; j >= 0; j--) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        format += pieces[seed % pieces.length];
      }
      formats.push(format);
    }
    for (const format of formats) expect(isDateFmt(format), format).toBe(utils.isDateFmt(format));
    expect(isDateFmt(undefined)).toBe(false);
  });

  it("decodes a raw text's entities as exceljs does", () => {
    for (const text of ["a &lt; b &amp;&amp; c &gt; d", "&apos;&quot;", "&eacute; &#233; &amp", "&LT;", "plain"]) expect(xmlDecode(text)).toBe(utils.xmlDecode(text));
  });
});
