// A write that fails half-way leaves no half-written file, no temporary file, the files already
// there as they were, and a French message listing what was and was not written. The disk
// failures (full disk, file locked by another program) are injected into node:fs/promises.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { OutputError } from "../../../src/local/export/outputError";
import { writeAllOrNothing } from "../../../src/local/export/safeWrite";
import { systemErrorReason } from "../../../src/local/export/systemError";
import { runCli } from "../cli/io";

/** Paths matching `write` get half their bytes, then ENOSPC; renames onto paths matching `rename` fail with EBUSY. */
const faults = vi.hoisted(() => ({ write: undefined as RegExp | undefined, rename: undefined as RegExp | undefined }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const systemError = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });
  const half = (data: string | Uint8Array) => (typeof data === "string" ? data.slice(0, data.length >> 1) : data.subarray(0, data.length >> 1));
  const fullDisk = async (write: () => Promise<unknown>) => {
    await write();
    throw systemError("ENOSPC", "no space left on device, write");
  };
  return {
    ...fs,
    // the write as it was before temporary files
    writeFile: (async (path: string, data: string | Uint8Array, options?: never) => {
      if (faults.write?.test(String(path))) return fullDisk(() => fs.writeFile(path, half(data), options));
      return fs.writeFile(path, data, options);
    }) as typeof fs.writeFile,
    open: (async (path: string, flags?: string, mode?: number) => {
      const handle = await fs.open(path, flags, mode);
      if (!faults.write?.test(String(path))) return handle;
      return new Proxy(handle, {
        get(target, key) {
          if (key === "writeFile") return (data: string | Uint8Array) => fullDisk(() => target.writeFile(half(data)));
          const value = Reflect.get(target, key);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    }) as typeof fs.open,
    rename: (async (from: string, to: string) => {
      if (faults.rename?.test(String(to))) throw systemError("EBUSY", `resource busy or locked, rename '${from}' -> '${to}'`);
      return fs.rename(from, to);
    }) as typeof fs.rename,
  };
});

const root = mkdtempSync(join(tmpdir(), "valorise-safewrite-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  faults.write = undefined;
  faults.rename = undefined;
});
let count = 0;
function folder(): string {
  const dir = join(root, `t${++count}`);
  mkdirSync(dir);
  return dir;
}
const files = (dir: string) => readdirSync(dir).sort();
const bytes = (dir: string) => Object.fromEntries(files(dir).map((n) => [n, readFileSync(join(dir, n)).toString("base64")]));

const JOURNAL = [
  "Prénom;Nom;Date;Durée (en heures);Catégorie;Distance (en km)",
  "Anne;Roy;2025-03-01;2,5;Gouvernance;12",
  "Ben;Lefèvre;2025-03-08;3;Animation;",
].join("\n");
const OUTPUTS = [
  "rapport-2025.json", "rapport-2025.xlsx", "benevoles-2025.csv", "comptabilite-2025.csv",
  "ecritures-benevolat-20251231.txt", "ecritures-benevolat-paheko-20251231.csv",
];
const KEPT = "(un fichier déjà présent sous l'un de ces noms est resté tel quel).";

function journalIn(dir: string): string {
  const path = join(dir, "journal.csv");
  writeFileSync(path, JOURNAL);
  return path;
}

describe("valorise rapport --sortie: a write that fails half-way", () => {
  it("on a full disk while writing the third file: no file written, no partial or temporary file, the message lists them", async () => {
    const dir = folder();
    const journal = journalIn(folder());
    faults.write = /benevoles-2025\.csv/;
    const r = await runCli("rapport", journal, "--sortie", dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `Erreur : Impossible d'écrire benevoles-2025.csv dans le dossier « ${dir} » : plus de place sur le disque.\n` +
        "Fichiers écrits : aucun.\n" +
        `Fichiers non écrits : ${OUTPUTS.join(", ")} ${KEPT}\n`,
    );
    expect(files(dir)).toEqual([]);
  });

  it("with --ecraser: the files already there are left byte for byte", async () => {
    const dir = folder();
    const journal = journalIn(folder());
    expect((await runCli("rapport", journal, "--sortie", dir)).code).toBe(0);
    writeFileSync(join(dir, "rapport-2025.xlsx"), "classeur annoté");
    const before = bytes(dir);
    faults.write = /ecritures-benevolat-20251231\.txt/;
    const r = await runCli("rapport", journal, "--sortie", dir, "--ecraser", "--taux", "20");
    expect(r.code).toBe(1);
    expect(r.err).toContain("Fichiers écrits : aucun.\n");
    expect(r.err).not.toMatch(/ENOSPC|no space|Error/);
    expect(bytes(dir)).toEqual(before);
  });

  it("when a file is locked while they are put in place: the message says which were written and which were not", async () => {
    const dir = folder();
    const journal = journalIn(folder());
    expect((await runCli("rapport", journal, "--sortie", dir)).code).toBe(0);
    const before = bytes(dir);
    faults.rename = /rapport-2025\.xlsx$/;
    const r = await runCli("rapport", journal, "--sortie", dir, "--ecraser", "--taux", "20");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `Erreur : Impossible de mettre en place rapport-2025.xlsx dans le dossier « ${dir} » : ` +
        "fichier ouvert ou verrouillé par un autre programme (fermez-le, puis relancez).\n" +
        "Fichiers écrits : rapport-2025.json.\n" +
        `Fichiers non écrits : ${OUTPUTS.slice(1).join(", ")} ${KEPT}\n`,
    );
    // the JSON report is the new one (--taux 20), every other file the old one; no temporary file left
    expect(files(dir)).toEqual([...OUTPUTS].sort());
    expect(JSON.parse(readFileSync(join(dir, "rapport-2025.json"), "utf8")).associations[0].valorisation.taux[0].eurosParHeure).toBe(20);
    for (const name of OUTPUTS.slice(1)) expect(bytes(dir)[name], name).toBe(before[name]);
  });
});

describe("writeAllOrNothing", () => {
  it("writes the files, replacing those there, and leaves nothing else", async () => {
    const dir = join(folder(), "nouveau");
    const paths = await writeAllOrNothing(dir, [{ name: "a.csv", content: () => "a" }, { name: "b.bin", content: async () => new Uint8Array([1, 2]) }]);
    expect(paths).toEqual([join(dir, "a.csv"), join(dir, "b.bin")]);
    await writeAllOrNothing(dir, [{ name: "a.csv", content: () => "A" }]);
    expect(files(dir)).toEqual(["a.csv", "b.bin"]);
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("A");
  });

  it("removes its temporary files when making a content fails, and keeps a real defect for the report", async () => {
    const dir = folder();
    writeFileSync(join(dir, "a.csv"), "ancien");
    const defect = new TypeError("Cannot read properties of undefined");
    const error = await writeAllOrNothing(dir, [
      { name: "a.csv", content: () => "nouveau" },
      { name: "b.csv", content: () => { throw defect; } },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).message).toBe(
      `Impossible d'écrire b.csv dans le dossier « ${dir} » : erreur inattendue.\nFichiers écrits : aucun.\nFichiers non écrits : a.csv, b.csv ${KEPT}`,
    );
    expect((error as OutputError).defect).toBe(defect);
    expect(files(dir)).toEqual(["a.csv"]);
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("ancien");
  });

  it("says in French why a folder cannot be made", async () => {
    const file = join(folder(), "fichier");
    writeFileSync(file, "");
    const error = (await writeAllOrNothing(join(file, "sortie"), [{ name: "a.csv", content: () => "a" }]).catch((e: unknown) => e)) as OutputError;
    expect(error.message).toBe(
      `Impossible de créer le dossier de sortie « ${join(file, "sortie")} » : une partie du chemin est un fichier, pas un dossier.\n` +
        `Fichiers écrits : aucun.\nFichiers non écrits : a.csv ${KEPT}`,
    );
    expect(error.exitCode).toBe(1);
  });
});

describe("systemErrorReason", () => {
  it("gives French words for the disk's errors, never the engine's message", () => {
    const of = (code: string) => systemErrorReason(Object.assign(new Error(`${code}: engine text`), { code }));
    expect(of("EACCES")).toBe("accès refusé (droits insuffisants sur le dossier ou le fichier)");
    expect(of("ENOSPC")).toBe("plus de place sur le disque");
    expect(of("EISDIR")).toBe("un dossier porte ce nom");
    expect(of("EROFS")).toBe("le disque est en lecture seule");
    expect(of("EWHATEVER")).toBe("erreur du système (code EWHATEVER)");
    expect(systemErrorReason(new TypeError("x"))).toBeUndefined();
  });
});
