import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { OutputError } from "./outputError";
import { systemErrorCode, systemErrorReason } from "./systemError";

/** A file to write: its name in the folder and its content, made only when its turn comes. */
export interface OutputFile {
  name: string;
  content: () => string | Uint8Array | Promise<string | Uint8Array>;
}

/** A hidden name beside the file, unique to this run: ".rapport-2025.xlsx.1234-9f3a0c.tmp". */
function temporaryName(name: string): string {
  return `.${name}.${process.pid}-${randomBytes(3).toString("hex")}.tmp`;
}

/** Creates the temporary file (never an existing one: "wx"), writes it whole and flushes it to the disk. */
async function writeTemporary(path: string, content: string | Uint8Array, created: string[]): Promise<void> {
  const handle = await open(path, "wx");
  created.push(path);
  try {
    await handle.writeFile(content);
    // some network and FUSE disks cannot flush on demand: the rename still comes after the whole write
    await handle.sync().catch((error: unknown) => {
      if (!["EINVAL", "ENOTSUP"].includes(systemErrorCode(error) ?? "")) throw error;
    });
  } finally {
    await handle.close();
  }
}

async function removeAll(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((p) => rm(p, { force: true }).catch(() => undefined)));
}

function failure(doing: string, error: unknown, written: readonly string[], notWritten: readonly string[]): OutputError {
  const reason = systemErrorReason(error);
  const lines = [
    `${doing} : ${reason ?? "erreur inattendue"}.`,
    `Fichiers écrits : ${written.length ? written.join(", ") : "aucun"}.`,
    `Fichiers non écrits : ${notWritten.join(", ")} (un fichier déjà présent sous l'un de ces noms est resté tel quel).`,
  ];
  return new OutputError(lines.join("\n"), 1, reason === undefined ? error : undefined);
}

/**
 * Writes the files into `dir` all or nothing, as far as a file system allows: each to a temporary
 * file in the same folder first, then, once all are written, each renamed over its name (a rename
 * within a folder never leaves a half-written file). A failure while writing removes the temporary
 * files and changes nothing; a failure while renaming (a file open in another program) leaves the
 * files renamed so far. The OutputError says which files were written and which were not.
 * Returns the paths written, in the order given.
 */
export async function writeAllOrNothing(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  const names = files.map((f) => f.name);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw failure(`Impossible de créer le dossier de sortie « ${dir} »`, error, [], names);
  }
  const created: string[] = [];
  const temporary: string[] = [];
  for (const file of files) {
    const path = join(dir, temporaryName(file.name));
    try {
      await writeTemporary(path, await file.content(), created);
    } catch (error) {
      await removeAll(created);
      throw failure(`Impossible d'écrire ${file.name} dans le dossier « ${dir} »`, error, [], names);
    }
    temporary.push(path);
  }
  for (const [i, file] of files.entries()) {
    try {
      await rename(temporary[i]!, join(dir, file.name));
    } catch (error) {
      await removeAll(temporary.slice(i));
      throw failure(`Impossible de mettre en place ${file.name} dans le dossier « ${dir} »`, error, names.slice(0, i), names.slice(i));
    }
  }
  return files.map((f) => join(dir, f.name));
}
