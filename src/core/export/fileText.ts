/*
 * Text from the journal as a cell of a file we write (CSV, entries import file). Line breaks, tabs
 * and the other separators become one space: a row of the file is one line, as the A47 layout
 * requires and every import reads. The other control characters (C0, DEL, C1) and the bidi
 * embeddings, overrides and isolates are removed: none is text, and they would act on whatever
 * shows the file (a terminal running `cat`, a cell shown reversed). See print.ts for the terminal.
 */
/** Tab, LF, VT, FF, CR, NEL, line and paragraph separators. */
const BREAKS = /[\t-\r\x85\u2028\u2029]+/g;
/** Cc: C0, DEL and C1. */
const CONTROLS = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

export function fileText(text: string): string {
  return text.replace(BREAKS, " ").replace(CONTROLS, "");
}
