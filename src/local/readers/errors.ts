import { UserError } from "../../core/userError";

/** A file the CLI cannot read, with a French message meant for the user. */
export class ReaderError extends UserError {}

/** Why a file could not be read, by the system's error code: never the engine's English sentence. */
const READ_PROBLEMS: Record<string, string> = {
  ENAMETOOLONG: "nom de fichier trop long",
  ENOTDIR: "une partie du chemin est un fichier, pas un dossier",
  ELOOP: "trop de liens symboliques enchaînés",
  EMFILE: "trop de fichiers ouverts",
  EIO: "erreur de lecture du disque",
  EBUSY: "fichier verrouillé par un autre programme",
  // Node refuses a path holding a NUL character before asking the system
  ERR_INVALID_ARG_VALUE: "nom de fichier refusé (il contient un caractère nul)",
  // Node refuses to read a file of 2 Gio or more at once (fs.readFile)
  ERR_FS_FILE_TOO_LARGE: "fichier trop volumineux (2 Go ou plus) : découpez le journal, par exemple par année",
};

/** The French reason for a read that failed with this code; an unknown code is named, never explained in English. */
export function readProblem(code: string | undefined): string {
  return (code && READ_PROBLEMS[code]) ?? `erreur du système${code ? ` (code ${code})` : ""}`;
}

/**
 * The engine's errors that a file's size or shape alone causes (a text too long for one string, values
 * nested too deep), told in French; undefined for any other error, a defect.
 */
export function inputLimitError(error: unknown): ReaderError | undefined {
  if (!(error instanceof RangeError)) return undefined;
  if (/call stack/i.test(error.message)) {
    return new ReaderError("fichier illisible : ses données sont imbriquées trop profondément (un export de Bénévalibre ne l'est pas).");
  }
  if ((error as { code?: unknown }).code === "ERR_STRING_TOO_LONG" || /string length|array length|allocation failed/i.test(error.message)) {
    return new ReaderError("fichier trop volumineux pour être lu en mémoire : découpez le journal, par exemple par année.");
  }
  return undefined;
}
