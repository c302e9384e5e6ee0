import { basename, dirname, joinPath, normalize } from "./archivePath";
import type { BytePlatform } from "./bytePlatform";
import type { RandomAccess } from "./byteSource";
import { ReaderError } from "./errors";
import { BUILT_IN_FORMATS, isDateFmt } from "./excelFormats";
import { type XmlHandler, readXml } from "./xml";
import { NOT_A_WORKBOOK, type ZipEntry, entryBytes, entryChunks, zipDirectory } from "./zip";

/**
 * The most a workbook's parts may weigh once inflated. The parts held in memory while the sheet is
 * read (the shared texts, the styles, the workbook and its relationships) are bounded so that a
 * workbook cannot take more memory than the journal it holds: the shared texts of a journal of a
 * million rows (names, titles, labels) weigh a few tens of MB. The sheet is read as it inflates:
 * its bound is Excel's own (1,048,576 rows) at 2 KB a row, ten times the XML of a 15-column
 * Bénévalibre row.
 */
export const PART_LIMITS = { sheet: 2 * 1024 ** 3, sharedStrings: 128 * 1024 ** 2, other: 16 * 1024 ** 2 } as const;

/**
 * The longest text a cell may hold: Excel holds 32,767 characters at most (Excel specifications and
 * limits, support.microsoft.com, as for the grid in xlsxSheet.ts); past thirty times that,
 * the text is not a cell's but a file built to take the memory (a string of a gigabyte cannot
 * even be made).
 */
const MAX_CELL_CHARS = 1_000_000;

/** Gathers a cell's text, refusing one beyond MAX_CELL_CHARS. */
export class CellText {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly where: () => string) {}

  add(text: string): void {
    this.length += text.length;
    if (this.length > MAX_CELL_CHARS) {
      throw new ReaderError(
        `${this.where()} contient plus d'un million de caractères, quand Excel en permet 32 767 : ce fichier n'est pas un journal lisible.`,
      );
    }
    this.parts.push(text);
  }

  text(): string {
    return this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
  }
}

export interface XlsxSheet {
  name: string;
  /** Path of its part in the archive. */
  path: string;
}

/** What the cells of a sheet are read with: the shared texts, which styles are dates, the workbook's date system. */
export interface XlsxBook {
  file: RandomAccess;
  /** What inflates its parts. */
  platform: BytePlatform;
  entries: Map<string, ZipEntry>;
  /** In the workbook's order (the order of its tabs). */
  sheets: XlsxSheet[];
  sharedStrings: string[];
  /** True at the index of each cell style whose number format is a date or a time. */
  dateStyles: boolean[];
  date1904: boolean;
}

/** Opens an XLSX workbook: its directory, then the small parts every sheet needs. */
export async function openBook(file: RandomAccess, platform: BytePlatform): Promise<XlsxBook> {
  const entries = await zipDirectory(file);
  const book = { file, platform, entries };
  const part = (path: string) => entries.get(path);
  const rootRels = await readRelationships(book, part("_rels/.rels"), "");
  const workbookPath = rootRels.find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbookEntry = part(workbookPath);
  if (!workbookEntry) throw new ReaderError(NOT_A_WORKBOOK);
  const dir = dirname(workbookPath);
  const rels = await readRelationships(book, part(joinPath(dir, "_rels", `${basename(workbookPath)}.rels`)), dir);
  const { sheets, date1904 } = await readWorkbook(book, workbookEntry);
  const byId = new Map(rels.map((r) => [r.id, r.target]));
  const related = (type: string, fallback: string) => part(rels.find((r) => r.type.endsWith(type))?.target ?? joinPath(dir, fallback));
  return {
    ...book,
    sheets: sheets.map((s) => ({ name: s.name, path: byId.get(s.id) ?? "" })),
    sharedStrings: await readSharedStrings(book, related("/sharedStrings", "sharedStrings.xml")),
    dateStyles: await readDateStyles(book, related("/styles", "styles.xml")),
    date1904,
  };
}

/** The archive a workbook's parts are read from. */
type Archive = Pick<XlsxBook, "file" | "platform">;

/** A small part read whole (`what` names it in a refusal), its tags handed to `open` and `close`; its texts unread. */
async function xmlOf(book: Archive, entry: ZipEntry, what: string, open: XmlHandler["open"], close: XmlHandler["close"] = () => {}): Promise<void> {
  const bytes = await entryBytes(book.file, entry, PART_LIMITS.other, what, book.platform);
  await readXml((async function* () { yield bytes; })(), { open, text: () => {}, close });
}

interface Relationship {
  id: string;
  type: string;
  /** Path in the archive. */
  target: string;
}

async function readRelationships(book: Archive, entry: ZipEntry | undefined, dir: string): Promise<Relationship[]> {
  const list: Relationship[] = [];
  if (!entry) return list;
  await xmlOf(book, entry, "La liste des parties", (name, a) => {
    if (name !== "Relationship" || a.TargetMode === "External" || !a.Target) return;
    // an absolute target ("/xl/worksheets/sheet1.xml", as openpyxl writes it) starts at the archive's root
    const target = a.Target.startsWith("/") ? a.Target.slice(1) : normalize(joinPath(dir, a.Target));
    list.push({ id: a.Id ?? "", type: a.Type ?? "", target });
  });
  return list;
}

async function readWorkbook(book: Archive, entry: ZipEntry): Promise<{ sheets: { name: string; id: string }[]; date1904: boolean }> {
  const sheets: { name: string; id: string }[] = [];
  let date1904 = false;
  await xmlOf(book, entry, "La description du classeur", (name, a) => {
    if (name === "sheet") sheets.push({ name: a.name ?? "", id: a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "" });
    else if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
  });
  return { sheets, date1904 };
}

/** Which cell styles (cellXfs) show a date or a time: exceljs's test on the number format, built in or the workbook's own. */
async function readDateStyles(book: Archive, entry: ZipEntry | undefined): Promise<boolean[]> {
  if (!entry) return [];
  const formats = new Map<number, string>();
  const styles: number[] = [];
  let inCellXfs = false;
  await xmlOf(
    book,
    entry,
    "La table des styles",
    (name, a) => {
      if (name === "numFmt") formats.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) styles.push(Number(a.numFmtId ?? 0));
    },
    (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  );
  return styles.map((id) => {
    if (!id) return false;
    const format = formats.get(id) ?? BUILT_IN_FORMATS[id];
    return !!format && isDateFmt(format);
  });
}

/**
 * The shared texts: each <si>'s text, its runs joined (the journal reads text, not fonts), the
 * phonetic runs (<rPh>) left out, the characters Excel escapes (_x000D_) restored as exceljs does.
 */
async function readSharedStrings(book: Archive, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  const where = () => `Le texte partagé n° ${strings.length + 1} du classeur`;
  let parts = new CellText(where);
  let inText = false;
  let phonetic = 0;
  let text = new CellText(where);
  await readXml(entryChunks(book.file, entry, PART_LIMITS.sharedStrings, "La table des textes partagés", book.platform), {
    open(name) {
      if (name === "si") parts = new CellText(where);
      else if (name === "rPh") phonetic++;
      else if (name === "t" && !phonetic) {
        inText = true;
        text = new CellText(where);
      }
    },
    text(value) {
      if (inText) text.add(value);
    },
    close(name) {
      if (name === "t" && inText) {
        inText = false;
        parts.add(unescapeExcel(text.text()));
      } else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(parts.text());
    },
  });
  return strings;
}

/** "_x000D_" and the like: the characters Excel writes escaped in a text (exceljs's TextXform). */
function unescapeExcel(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}
