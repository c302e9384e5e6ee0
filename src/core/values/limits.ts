/*
 * Bounds of every value a user gives Valorise (command-line options, sidebar fields, server-function
 * and custom-function arguments, journal cells), each with why: the one place they live. Past one, a
 * value is a typing mistake (a digit too many, a unit mixed up, "1e15") that would give a wrong figure
 * in silence, or a hostile value that would exhaust the stack, the memory or the property store: it is
 * refused in French, naming the option, field or cell, with what would do. Generous on purpose: no
 * real association's value comes near one. Set on 2026-11-29; a bound changed is a line changed here.
 * Plain constants rather than one object, the numbers first: esbuild writes each number where it is
 * used in dist/Code.js (it inlines the constants of a module only up to its first other statement).
 */

// One row of the journal.
/** Km of one action: the Earth's circumference; a volunteer's year of driving is far less, and belongs in several rows. */
export const MAX_KM_PER_ACTION = 40_000;
/** Days one action may last, end date included: a leap year. Its hours are spread over its days, one row each (journal/store/spread.ts): decades typed by mistake would be thousands. */
export const MAX_ACTION_DAYS = 366;
/** Hours of one action: a whole leap year, round the clock (366 × 24); more cannot be one volunteer's, even a year summed in one row. */
export const MAX_HOURS_PER_ACTION = 8784;

// A number typed.
/** Digits of a decimal: a JavaScript number's shortest form has 17 significant digits and at most 6 zeros after the point (else an exponent); a typed amount far fewer. */
export const MAX_DECIMAL_DIGITS = 24;
/** Characters of a number or a date as typed (« 150 % du SMIC », « 12,50 € », « 31/12/2025 »): a few dozen at most. */
export const MAX_VALUE_CHARS = 40;

// Texts and lists of the settings (one document's, in its property store).
/** Characters of a sheet's name: Google Sheets' own limit (mojicnt.click/en/blog/spreadsheet-cell-limit.html). */
export const MAX_SHEET_NAME = 100;
/** Characters of an association's name or of a journal header: the longest in use are far shorter. */
export const MAX_NAME = 200;
/** Characters of a rate-table label or a CEC role (a level, category, role or volunteer name); Bénévalibre's longest text field, the title, has 127 (docs/regles/benevalibre.md). */
export const MAX_LABEL = 100;
/** Rows of the rate table typed in the sidebar; a longer table belongs in a sheet. */
export const MAX_RATE_ROWS = 200;
/** Items of another list of the settings (CEC roles, associations): more than any association has. */
export const MAX_LIST_ITEMS = 200;
/** Levels of nested objects: the deepest field, valuation.rateTable.rows.N.label, is 5 down; deeper is refused before it can exhaust the stack. */
export const MAX_SETTINGS_DEPTH = 8;
/**
 * Bytes of the settings as stored (JSON, each non-ASCII character counted 3): a fifth of the 500 KB
 * property store (docs/regles/google-sheets.md), room to spare for the parts' keys and any other property. A full
 * sidebar (200 rate rows of 100 accented characters, every column chosen) stays under it.
 */
export const MAX_SETTINGS_BYTES = 100_000;

// A journal file imported by the sidebar, checked by the page before sending and by the server.
/** Characters of a cell: what Google Sheets holds (docs/regles/google-sheets.md). */
export const MAX_CELL_CHARS = 50_000;
/** Columns of an imported row: a journal has some fifteen. */
export const MAX_IMPORT_COLUMNS = 500;
/** Rows of one call: the page sends 2,000 at most (src/sidebar/import/importJournal.ts). */
export const MAX_IMPORT_ROWS = 10_000;

// Ranges of the decimals typed: least and most accepted, both included.
export type Range = readonly [number, number];
/** € per hour of a flat rate or a rate-table row: above the costliest replacement cost, a business lawyer's hour (100 to 500 €/h, over 800 in the top firms: honoraires.fr/avocats.html). */
export const EUROS_PER_HOUR: Range = [0, 1000];
/** A multiple of the SMIC ("2 x SMIC"): the same ceiling, 80 × 12,02 € (docs/regles/smic.md) ≈ 960 €/h; in use, 1 to 3 (docs/regles/valorisation-comptes.md). */
export const SMIC_MULTIPLE: Range = [0.01, 80];
/** Applied to every rate: « SMIC chargé » is about 1,45; below a tenth or above ten, no valuation method in use (docs/regles/valorisation-comptes.md). */
export const COEFFICIENT: Range = [0.1, 10];
/** € per km: the kilometric scale tops at 0,697 €/km, 0,84 electric (docs/regles/frais-kilometriques.md); 2 is more than twice that. */
export const EUROS_PER_KM: Range = [0.01, 2];
/** Hours of one full time: 1607 or 1820 (docs/regles/valorisation-comptes.md); a month's, 151,67, for a monthly ETP; 48 h a week, the legal maximum (Code du travail L3121-20), × 52 weeks is 2496. */
export const ETP_BASE: Range = [100, 2500];
/** Fiscal horsepower (CV) of a volunteer's vehicle: the scale's classes run from 3 CV and less to 7 CV and more (docs/regles/frais-kilometriques.md); two digits hold any vehicle's. */
export const FISCAL_HORSEPOWER: Range = [1, 99];
