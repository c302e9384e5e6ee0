// Writes .clasp.json for `npm run clasp:create`, `npm run clasp:attach -- <id>` and checks it before
// `npm run clasp:push`, so that no one edits JSON by hand.
//
// Why `create` empties .clasp.json first: clasp 3.4.1 (build/src/commands/create-script.js) refuses
// with "Project file already exists." as soon as .clasp.json holds any scriptId, even the placeholder
// this repository ships, and still exits with status 0. Without a scriptId it creates the project and
// writes the new scriptId back into the same .clasp.json (core/project.js, updateSettings).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const PLACEHOLDER = "REMPLACER_PAR_L_ID_DU_PROJET_APPS_SCRIPT";
export const ROOT_DIR = "dist";
export const TITLE = "Valorise";
// Arguments checked against `npx clasp create-script --help` (clasp 3.4.1): --type defaults to
// "standalone", said here anyway because an Editor add-on must be a standalone project.
export const CREATE_ARGS = ["create-script", "--type", "standalone", "--title", TITLE, "--rootDir", ROOT_DIR];

// Apps Script IDs are long base64url-like strings (57 characters today); a shorter or odd one is a typo.
const SCRIPT_ID = /^[A-Za-z0-9_-]{25,120}$/;
// The two addresses the Apps Script editor shows: /d/<id>/edit (clasp clone accepts it too) and
// /home/projects/<id>/edit or /settings.
const SCRIPT_URL = /^https:\/\/script\.google\.com\/(?:d|home\/projects)\/([^/?#]+)/;

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The script ID in a raw ID or an Apps Script editor address, or null. */
export function scriptIdOf(input) {
  const text = String(input ?? "").trim();
  const fromUrl = SCRIPT_URL.exec(text);
  const id = fromUrl ? fromUrl[1] : text;
  return SCRIPT_ID.test(id) ? id : null;
}

/** Reads .clasp.json: { config } (null when absent) or { refusal } when it cannot be read as JSON. */
export function readProjectFile(file) {
  if (!existsSync(file)) return { config: null, text: null };
  const text = readFileSync(file, "utf8");
  try {
    const config = JSON.parse(text);
    if (config === null || typeof config !== "object" || Array.isArray(config)) throw new Error("not an object");
    return { config, text };
  } catch {
    return { refusal: `Le fichier « ${path.basename(file)} » n'est pas un objet JSON lisible : corrigez-le ou remettez celui du dépôt (git checkout -- .clasp.json).` };
  }
}

/** The real script ID a configuration points to, or null for none or the placeholder. */
export function realScriptId(config) {
  const id = config?.scriptId;
  return typeof id === "string" && id !== PLACEHOLDER && SCRIPT_ID.test(id) ? id : null;
}

function projectText(config) {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * `clasp:attach`: the .clasp.json text for an existing project, or a French refusal.
 * A different real scriptId is only replaced when `replace` is set (--ecraser).
 */
export function attachProject(current, input, replace) {
  const id = scriptIdOf(input);
  if (!id) {
    return {
      refusal: input
        ? `« ${input} » n'est pas un identifiant de projet Apps Script. Copiez-le dans l'éditeur Apps Script, Paramètres du projet > Identifiants > ID du script, ou collez l'adresse de l'éditeur (https://script.google.com/d/…/edit).`
        : "Indiquez l'identifiant du projet Apps Script : npm run clasp:attach -- <ID du script>.",
    };
  }
  const existing = realScriptId(current);
  if (existing === id && current?.rootDir === ROOT_DIR) return { text: null, message: `.clasp.json désigne déjà le projet ${id} : rien à changer.` };
  if (existing && existing !== id && !replace) {
    return {
      refusal: `.clasp.json désigne déjà le projet ${existing}. Pour le remplacer par ${id}, relancez avec --ecraser : npm run clasp:attach -- ${id} --ecraser.`,
    };
  }
  return { text: projectText({ scriptId: id, rootDir: ROOT_DIR }), message: `.clasp.json désigne maintenant le projet ${id} (dossier envoyé : ${ROOT_DIR}/).` };
}

/** `clasp:create`, before clasp runs: the text that lets clasp create the project, or a French refusal. */
export function prepareCreate(current) {
  const existing = realScriptId(current);
  if (existing) {
    return {
      refusal: `.clasp.json désigne déjà le projet Apps Script ${existing} : aucun nouveau projet n'est créé. Envoyez le code avec npm run clasp:push, ou rattachez un autre projet avec npm run clasp:attach -- <ID du script> --ecraser.`,
    };
  }
  // No scriptId at all: clasp's "Project file already exists" test looks for one.
  return { text: projectText({ rootDir: ROOT_DIR }) };
}

/** `clasp:create`, after clasp ran: success only if .clasp.json now holds a real ID and rootDir dist. */
export function checkCreated(after) {
  const id = realScriptId(after);
  if (!id) return { refusal: "clasp n'a pas créé de projet (voir son message ci-dessus). .clasp.json est remis dans son état d'avant." };
  if (after.rootDir !== ROOT_DIR) return { refusal: `clasp a créé le projet ${id} mais .clasp.json n'envoie pas le dossier ${ROOT_DIR}/ : lancez npm run clasp:attach -- ${id} --ecraser.` };
  return { id };
}

/** `clasp:push`, before building: a French refusal when no real project is attached. */
export function checkAttached(current) {
  if (!realScriptId(current)) {
    return { refusal: "Aucun projet Apps Script n'est rattaché : lancez d'abord npm run clasp:create (nouveau projet) ou npm run clasp:attach -- <ID du script> (projet existant)." };
  }
  if (current.rootDir !== ROOT_DIR) {
    return { refusal: `.clasp.json doit envoyer le dossier ${ROOT_DIR}/ ("rootDir": "${ROOT_DIR}") : lancez npm run clasp:attach -- ${current.scriptId} --ecraser.` };
  }
  return { id: current.scriptId };
}

function runClasp(args, cwd) {
  const bin = path.join(repositoryRoot, "node_modules", "@google", "clasp", "build", "src", "index.js");
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, stdio: "inherit" });
  return result.status ?? 1;
}

/**
 * Runs one command against `<dir>/.clasp.json` (npm runs scripts from the package root); returns the exit status. `clasp` runs the real clasp
 * (injected by tests); `say`/`complain` print.
 */
export function main(argv, { dir = process.cwd(), clasp = runClasp, say = console.log, complain = console.error } = {}) {
  const file = path.join(dir, ".clasp.json");
  const [command, ...rest] = argv;
  const read = readProjectFile(file);
  const fail = (message) => (complain(message), 1);
  if (read.refusal) return fail(read.refusal);

  if (command === "attach") {
    const replace = rest.includes("--ecraser");
    const input = rest.find((arg) => arg !== "--ecraser");
    const outcome = attachProject(read.config, input, replace);
    if (outcome.refusal) return fail(outcome.refusal);
    if (outcome.text) writeFileSync(file, outcome.text);
    say(outcome.message);
    say("Ensuite : npm run clasp:push");
    return 0;
  }

  if (command === "create") {
    const prepared = prepareCreate(read.config);
    if (prepared.refusal) return fail(prepared.refusal);
    writeFileSync(file, prepared.text);
    const status = clasp(CREATE_ARGS, dir);
    const after = readProjectFile(file);
    const created = after.refusal ? after : checkCreated(after.config);
    if (created.refusal) {
      // Put back what was there (the placeholder file as shipped), so git shows no change.
      if (!realScriptId(after.config)) writeFileSync(file, read.text ?? projectText({ scriptId: PLACEHOLDER, rootDir: ROOT_DIR }));
      return fail(status === 0 ? created.refusal : `${created.refusal} (clasp a terminé avec le code ${status}.)`);
    }
    say(`Projet Apps Script autonome « ${TITLE} » créé : https://script.google.com/d/${created.id}/edit`);
    say("Ensuite : npm run clasp:push");
    return 0;
  }

  if (command === "check") {
    const attached = checkAttached(read.config);
    if (attached.refusal) return fail(attached.refusal);
    say(`Projet Apps Script : ${attached.id} (dossier envoyé : ${ROOT_DIR}/).`);
    return 0;
  }

  return fail("Commande inconnue : utilisez npm run clasp:create, npm run clasp:attach -- <ID du script> ou npm run clasp:push.");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
