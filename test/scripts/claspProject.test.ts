import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { CREATE_ARGS, PLACEHOLDER, main, scriptIdOf } from "../../scripts/claspProject.mjs";

const repositoryRoot = path.resolve(__dirname, "../..");
const shipped = readFileSync(path.join(repositoryRoot, ".clasp.json"), "utf8");
// Shape of a real Apps Script ID (57 characters, base64url alphabet).
const ID = "1kZ3bX9qWvR_tY7uIoP-aSdFgHjKlZxCvBnMqWeRtYuIoPaSdFgHjKlZx";
const OTHER = "1QwErTyUiOpAsDfGhJkLzXcVbNm_1234567890-qWeRtYuIoPaSdFgHj";

let dir: string;
let said: string[];
let complained: string[];
const projectFile = () => path.join(dir, ".clasp.json");
const project = () => JSON.parse(readFileSync(projectFile(), "utf8"));
const run = (argv: string[], clasp?: (args: string[], cwd: string) => number) =>
  main(argv, { dir, clasp, say: (m) => said.push(m), complain: (m) => complained.push(m) });

const complainedFor = (argv: string[]) => {
  const messages: string[] = [];
  main(argv, { dir, complain: (m) => messages.push(m), say: () => undefined });
  return messages.join("\n");
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "valorise-clasp-"));
  writeFileSync(projectFile(), shipped);
  said = [];
  complained = [];
});

describe("the .clasp.json the repository ships", () => {
  it("holds the placeholder and sends dist/", () => {
    expect(JSON.parse(shipped)).toEqual({ scriptId: PLACEHOLDER, rootDir: "dist" });
  });
});

describe("scriptIdOf", () => {
  it("takes a raw ID or either editor address", () => {
    expect(scriptIdOf(ID)).toBe(ID);
    expect(scriptIdOf(`https://script.google.com/d/${ID}/edit`)).toBe(ID);
    expect(scriptIdOf(`https://script.google.com/home/projects/${ID}/settings`)).toBe(ID);
    expect(scriptIdOf(`  ${ID}\n`)).toBe(ID);
  });
  it("rejects the placeholder's shape, spreadsheet IDs' addresses and short strings", () => {
    expect(scriptIdOf("abc")).toBeNull();
    expect(scriptIdOf("https://docs.google.com/spreadsheets/d/1abc/edit")).toBeNull();
    expect(scriptIdOf(`${ID}/edit`)).toBeNull();
  });
});

describe("npm run clasp:attach", () => {
  it("replaces the placeholder with the project's ID and keeps rootDir dist", () => {
    expect(run(["attach", `https://script.google.com/d/${ID}/edit`])).toBe(0);
    expect(project()).toEqual({ scriptId: ID, rootDir: "dist" });
    expect(said.join("\n")).toContain(`.clasp.json désigne maintenant le projet ${ID}`);
  });

  it("refuses an unreadable ID in French and leaves the file alone", () => {
    expect(run(["attach", "1234"])).toBe(1);
    expect(readFileSync(projectFile(), "utf8")).toBe(shipped);
    expect(complained[0]).toBe(
      "« 1234 » n'est pas un identifiant de projet Apps Script. Copiez-le dans l'éditeur Apps Script, Paramètres du projet > Identifiants > ID du script, ou collez l'adresse de l'éditeur (https://script.google.com/d/…/edit).",
    );
  });

  it("asks for the ID when none is given", () => {
    expect(run(["attach"])).toBe(1);
    expect(complained[0]).toBe("Indiquez l'identifiant du projet Apps Script : npm run clasp:attach -- <ID du script>.");
  });

  it("will not swap one real project for another without --ecraser", () => {
    run(["attach", ID]);
    expect(run(["attach", OTHER])).toBe(1);
    expect(project().scriptId).toBe(ID);
    expect(complained[0]).toBe(
      `.clasp.json désigne déjà le projet ${ID}. Pour le remplacer par ${OTHER}, relancez avec --ecraser : npm run clasp:attach -- ${OTHER} --ecraser.`,
    );
    expect(run(["attach", OTHER, "--ecraser"])).toBe(0);
    expect(project()).toEqual({ scriptId: OTHER, rootDir: "dist" });
  });

  it("resets a rootDir someone changed, and drops a previous project's settings", () => {
    writeFileSync(projectFile(), JSON.stringify({ scriptId: ID, rootDir: ".", projectId: "old-gcp" }));
    expect(run(["attach", ID])).toBe(0);
    expect(project()).toEqual({ scriptId: ID, rootDir: "dist" });
  });

  it("refuses a .clasp.json that is not JSON", () => {
    writeFileSync(projectFile(), "{ scriptId: ");
    expect(run(["attach", ID])).toBe(1);
    expect(complained[0]).toContain("« .clasp.json » n'est pas un objet JSON lisible");
    expect(readFileSync(projectFile(), "utf8")).toBe("{ scriptId: ");
  });
});

describe("npm run clasp:create", () => {
  it("hands clasp a .clasp.json without scriptId, then keeps the ID clasp wrote", () => {
    let seen: unknown;
    const fakeClasp = (args: string[], cwd: string) => {
      seen = { args, file: JSON.parse(readFileSync(path.join(cwd, ".clasp.json"), "utf8")) };
      // What clasp 3.4.1's updateSettings writes after creating the project.
      writeFileSync(path.join(cwd, ".clasp.json"), JSON.stringify({ scriptId: ID, rootDir: "dist", scriptExtensions: [".js", ".gs"] }, null, 2));
      return 0;
    };
    expect(run(["create"], fakeClasp)).toBe(0);
    expect(seen).toEqual({
      args: ["create-script", "--type", "standalone", "--title", "Valorise", "--rootDir", "dist"],
      file: { rootDir: "dist" },
    });
    expect(project().scriptId).toBe(ID);
    expect(said[0]).toBe(`Projet Apps Script autonome « Valorise » créé : https://script.google.com/d/${ID}/edit`);
  });

  it("refuses politely when a real project is already attached, without calling clasp", () => {
    run(["attach", ID]);
    let called = false;
    expect(run(["create"], () => ((called = true), 0))).toBe(1);
    expect(called).toBe(false);
    expect(project().scriptId).toBe(ID);
    expect(complained[0]).toBe(
      `.clasp.json désigne déjà le projet Apps Script ${ID} : aucun nouveau projet n'est créé. Envoyez le code avec npm run clasp:push, ou rattachez un autre projet avec npm run clasp:attach -- <ID du script> --ecraser.`,
    );
  });

  it("puts the shipped file back when clasp exits 0 without creating anything", () => {
    // clasp 3.4.1 prints "Project file already exists." and still exits 0.
    expect(run(["create"], () => 0)).toBe(1);
    expect(readFileSync(projectFile(), "utf8")).toBe(shipped);
    expect(complained[0]).toBe("clasp n'a pas créé de projet (voir son message ci-dessus). .clasp.json est remis dans son état d'avant.");
  });

  it("with the real clasp and no login: clasp's own refusal, the shipped file back, a French message", () => {
    const home = mkdtempSync(path.join(tmpdir(), "valorise-home-"));
    // The real clasp binary on a temporary copy of the shipped .clasp.json, with an empty HOME (no login).
    const clasp = (args: string[], cwd: string) => {
      const bin = path.join(repositoryRoot, "node_modules/@google/clasp/build/src/index.js");
      const result = spawnSync(process.execPath, [bin, ...args], { cwd, env: { ...process.env, HOME: home, USERPROFILE: home }, encoding: "utf8" });
      said.push(`${result.stdout}${result.stderr}`.trim());
      return result.status ?? 1;
    };
    expect(run(["create"], clasp)).toBe(1);
    expect(said[0]).toBe("No credentials found.");
    expect(readFileSync(projectFile(), "utf8")).toBe(shipped);
    expect(complained[0]).toBe(
      "clasp n'a pas créé de projet (voir son message ci-dessus). .clasp.json est remis dans son état d'avant. (clasp a terminé avec le code 1.)",
    );
  }, 60_000);
});

describe("npm run clasp:push (the check before building)", () => {
  it("refuses while the placeholder is there", () => {
    expect(run(["check"])).toBe(1);
    expect(complained[0]).toBe(
      "Aucun projet Apps Script n'est rattaché : lancez d'abord npm run clasp:create (nouveau projet) ou npm run clasp:attach -- <ID du script> (projet existant).",
    );
  });

  it("refuses a project whose rootDir is not dist", () => {
    writeFileSync(projectFile(), JSON.stringify({ scriptId: ID, rootDir: "src" }));
    expect(run(["check"])).toBe(1);
    expect(complained[0]).toBe(`.clasp.json doit envoyer le dossier dist/ ("rootDir": "dist") : lancez npm run clasp:attach -- ${ID} --ecraser.`);
  });

  it("stops `npm run clasp:push` on the shipped file, as a command, before anything is built", () => {
    const result = spawnSync(process.execPath, [path.join(repositoryRoot, "scripts/claspProject.mjs"), "check"], { cwd: dir, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(complainedFor(["check"]));
  });

  it("passes once a project is attached", () => {
    run(["attach", ID]);
    expect(run(["check"])).toBe(0);
    expect(said.at(-1)).toBe(`Projet Apps Script : ${ID} (dossier envoyé : dist/).`);
  });

  it("clasp sends every file of dist/ and nothing else (clasp status, offline)", () => {
    mkdirSync(path.join(dir, "dist"));
    for (const name of ["Code.js", "Sidebar.html", "Aide.html", "appsscript.json"]) writeFileSync(path.join(dir, "dist", name), name.endsWith(".json") ? "{}" : "//");
    mkdirSync(path.join(dir, "src"));
    writeFileSync(path.join(dir, "src", "main.ts"), "export {}");
    run(["attach", ID]);
    const home = mkdtempSync(path.join(tmpdir(), "valorise-home-"));
    const bin = path.join(repositoryRoot, "node_modules/@google/clasp/build/src/index.js");
    const result = spawnSync(process.execPath, [bin, "show-file-status", "--json"], { cwd: dir, env: { ...process.env, HOME: home }, encoding: "utf8" });
    expect(result.status).toBe(0);
    const status = JSON.parse(result.stdout) as { filesToPush: string[] };
    expect([...status.filesToPush].sort()).toEqual(["dist/Aide.html", "dist/Code.js", "dist/Sidebar.html", "dist/appsscript.json"]);
  }, 60_000);
});

describe("clasp 3.4.1 accepts the arguments clasp:create passes", () => {
  it("each option appears in `clasp create-script --help`", () => {
    const bin = path.join(repositoryRoot, "node_modules/@google/clasp/build/src/index.js");
    const help = spawnSync(process.execPath, [bin, "create-script", "--help"], { encoding: "utf8" }).stdout;
    expect(help).toContain("Usage: clasp create-script|create [options]");
    for (const option of CREATE_ARGS.filter((arg) => arg.startsWith("--"))) expect(help).toContain(`${option} <`);
  });
});
