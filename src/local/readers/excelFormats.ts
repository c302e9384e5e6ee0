/**
 * exceljs's rules for what a workbook's number formats and texts mean, so that cells are read as its
 * full reader reads them. Copied (not required) so that the readers run in a browser too: from
 * exceljs 4.4.0, lib/utils/utils.js (isDateFmt, xmlDecode) and lib/xlsx/defaultnumformats.js (the
 * built-in formats that have a format code), MIT licence, Copyright (c) 2014-2019 Guyon Roche.
 * test/local/readers/excelFormats.test.ts checks them against exceljs's own.
 */

/** True when a number format shows a date or a time (exceljs's isDateFmt). */
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  // must remove all chars inside quotes and []
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  // then check for date formatting chars
  return bare.match(/[ymdhMsb]+/) !== null;
}

/** The five XML entities of a text read raw (exceljs's xmlDecode); any other "&...;" stays as it is. */
export function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** Format codes of the built-in number formats, by id (those exceljs gives one to; the others are given by locale, and none of them counts as a date). */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
