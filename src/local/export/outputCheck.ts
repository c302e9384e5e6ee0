import { lstat, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { OutputError } from "./outputError";
import { systemErrorCode, systemErrorReason } from "./systemError";

/** A file the command reads: it is never written over. */
export interface InputFile {
  path: string;
  /** What it is, in French: "la table des rôles". */
  what: string;
  /** The option that names it ("--roles"); none for the journal. */
  option?: string;
}

/** A file the command is about to write, and whose it is (for a name given twice). */
export interface PlannedName {
  name: string;
  /** In French: "le rapport JSON", "« Club » (exercice 2025)". */
  of: string;
}

interface Identity {
  real: string | undefined;
  dev: bigint;
  ino: bigint;
  folder: boolean;
}

/** A file's identity through links: its real path and its device and inode numbers (hard links too). */
async function identity(path: string): Promise<Identity | undefined> {
  try {
    const s = await stat(path, { bigint: true });
    return { real: await realpath(path).catch(() => undefined), dev: s.dev, ino: s.ino, folder: s.isDirectory() };
  } catch {
    return undefined;
  }
}

function sameFile(a: Identity, b: Identity): boolean {
  return (a.real !== undefined && a.real === b.real) || (a.ino !== 0n && a.dev === b.dev && a.ino === b.ino);
}

/** The key under which two names are one file on a case-insensitive disk (Windows, macOS). */
const nameKey = (name: string) => name.normalize("NFC").toLowerCase();

/**
 * Refuses, before anything is written, an output that would replace one of the files read (its
 * real path compared, links included), two outputs under one name, an output where a folder is,
 * and, unless `overwrite` (--ecraser), an output that already exists. The French message names
 * each file and says what would do; exit code 2: another command line does.
 */
export async function checkOutputs(dir: string, planned: readonly PlannedName[], inputs: readonly InputFile[], overwrite: boolean): Promise<void> {
  const seen = new Map<string, PlannedName>();
  for (const p of planned) {
    const first = seen.get(nameKey(p.name));
    if (first) {
      throw new OutputError(
        `Deux fichiers écrits porteraient le même nom, ${p.name} : celui de ${first.of} et celui de ${p.of}. ` +
          "Valorise n'écrit pas l'un sur l'autre, et rien n'a été écrit. Écrivez-les un à un, chacun dans son dossier : " +
          "--association NOM --sortie DOSSIER.",
        2,
      );
    }
    seen.set(nameKey(p.name), p);
  }
  const read = (await Promise.all(inputs.map(async (i) => ({ ...i, id: await identity(i.path) })))).filter((i) => i.id);
  const overInputs: string[] = [];
  const folders: string[] = [];
  const existing: string[] = [];
  for (const { name } of planned) {
    const path = join(dir, name);
    let link: boolean;
    try {
      link = (await lstat(path)).isSymbolicLink();
    } catch (error) {
      if (systemErrorCode(error) === "ENOENT") continue; // a file that does not exist yet cannot be an input
      throw new OutputError(`Impossible d'écrire dans le dossier « ${dir} » : ${systemErrorReason(error) ?? "chemin illisible"}. Rien n'a été écrit.`, 1);
    }
    const id = await identity(path);
    const input = id && read.find((i) => sameFile(i.id!, id));
    if (input) {
      overInputs.push(`- ${name} : ${link ? "c'est un lien vers" : "c'est"} ${input.what} (${input.option ? `${input.option} ` : ""}${input.path})`);
    } else if (id?.folder) folders.push(`- ${name}`);
    else existing.push(`- ${name}`);
  }
  if (overInputs.length) {
    throw new OutputError(
      `Le rapport serait écrit sur un fichier que Valorise lit, dans le dossier « ${dir} » ; rien n'a été écrit :\n` +
        `${overInputs.join("\n")}\nValorise n'écrit jamais sur un fichier qu'il lit : choisissez un autre dossier avec --sortie, ou renommez le fichier lu.`,
      2,
    );
  }
  if (folders.length) {
    throw new OutputError(
      `Un dossier porte le nom d'un fichier du rapport, dans le dossier « ${dir} » ; rien n'a été écrit :\n${folders.join("\n")}\n` +
        "Valorise ne remplace pas un dossier, même avec --ecraser : déplacez-le, ou choisissez un autre dossier avec --sortie.",
      2,
    );
  }
  if (existing.length && !overwrite) {
    throw new OutputError(
      `Ces fichiers existent déjà dans le dossier « ${dir} » ; rien n'a été écrit :\n${existing.join("\n")}\n` +
        "Valorise ne remplace pas un fichier existant, qui a pu être annoté. Pour les remplacer, relancez la commande avec " +
        "--ecraser ; pour les garder, choisissez un autre dossier avec --sortie.",
      2,
    );
  }
}
