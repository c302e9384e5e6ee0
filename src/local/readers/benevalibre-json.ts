import type { Grid } from "../../core/journal/types";
import { lineAfter } from "./textFault";
import { ReaderError } from "./errors";

/**
 * The largest JSON file read. JSON is parsed whole (a list of objects, possibly under a wrapper
 * property): the text, its objects and the grid made from them take some eight times the file
 * (measured: `valorise rapport` on a 64 MB Bénévalibre export of 165,000 actions peaks at 550 MB
 * of resident memory), so that this bound keeps the command well under 1 GB. Bénévalibre's CSV export of the same journal is read as a
 * stream, whatever its size.
 */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** Properties that may wrap the list of actions in a JSON export or API answer. */
const WRAPPERS = ["results", "data", "rows", "items", "benevalos", "actions", "records"];

function findRecords(parsed: unknown): unknown[] {
  if (Array.isArray(parsed)) return parsed;
  if (parsed && typeof parsed === "object") {
    const obj = parsed as Record<string, unknown>;
    for (const key of WRAPPERS) if (Array.isArray(obj[key])) return obj[key] as unknown[];
    const arrays = Object.values(obj).filter(Array.isArray);
    if (arrays.length === 1) return arrays[0];
  }
  throw new ReaderError("Fichier JSON inattendu : il devrait contenir une liste d'actions (export JSON de Bénévalibre).");
}

/** The engine's syntax error (in English) told in French, with the line of the fault. */
function syntaxError(error: Error, text: string): ReaderError {
  const position = /position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) {
    const problem = /end of JSON/i.test(error.message) ? "il s'arrête avant la fin des données (fichier tronqué ?)" : "erreur de syntaxe";
    return new ReaderError(`Fichier JSON illisible : ${problem}.`, { cause: error });
  }
  const at = Number(position);
  const near = text.slice(at, at + 20).split(/\r|\n/)[0];
  return new ReaderError(
    `Fichier JSON illisible : erreur de syntaxe ligne ${lineAfter(text.slice(0, at))}${near ? `, devant « ${near} »` : ""}.`,
    { cause: error },
  );
}

function cellOf(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/**
 * Reads a Bénévalibre JSON export: an array of objects whose keys are the column names
 * ("Prénom", "Date", "Durée"...), or such an array under "results" or a similar property.
 * Headers are the keys in first-seen order; null and missing values become "".
 */
export function parseBenevalibreJson(text: string): Grid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw syntaxError(error as Error, body);
  }
  const records = findRecords(parsed);
  const headers: string[] = [];
  const index = new Map<string, number>();
  records.forEach((record, i) => {
    if (!record || typeof record !== "object" || Array.isArray(record)) {
      throw new ReaderError(`Fichier JSON inattendu : l'élément n° ${i + 1} de la liste n'est pas un objet.`);
    }
    for (const key of Object.keys(record)) {
      if (!index.has(key)) {
        index.set(key, headers.length);
        headers.push(key);
      }
    }
  });
  const rows = records.map((record) => headers.map((key) => cellOf((record as Record<string, unknown>)[key])));
  return [headers, ...rows];
}
