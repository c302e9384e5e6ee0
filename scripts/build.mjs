// Builds dist/ (what clasp pushes to Apps Script) and dist-local/ (the Node side: CLI, preview, bench).
import { build } from "esbuild";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { renderEntryPoints } from "./entryPoints.mjs";

const root = new URL("..", import.meta.url).pathname;
const dist = `${root}dist`;
const distLocal = `${root}dist-local`;
const GLOBAL = "Valorise";
// Built-ins handed to the bundle as parameters: looked up as closure variables, not as properties of
// the global object. Same result in Apps Script; in a node:vm context (tests, bench) each global
// lookup goes through the context's interceptors and costs some fifty times more.
const BUILTINS = [
  "Math", "Number", "String", "Boolean", "Array", "Object", "Map", "Set", "WeakMap", "Date", "JSON", "RegExp",
  "Error", "TypeError", "RangeError", "Symbol", "BigInt", "Intl", "Reflect", "parseInt", "parseFloat", "isNaN", "isFinite",
];

// Private members of the journal reader's speed code (memos, zone cache, column writer, pair sums).
const SPEED_MEMBERS = [
  "durationOfCell", "distanceOfCell", "timeOfCell", "dayOfCell", "markError", "cellError", "nameError", "pendingOf",
  "offsetInWeek", "exactOffset", "slotText", "slotId", "slotFirst", "slotSecond", "slotDay", "slotValue", "slotWeek",
  "slotOffset", "lookUp", "remember", "readNew", "fromText", "fromParts", "pseudoId", "bySpelling", "byCell",
  "byPair", "byPseudo", "labelIds", "iDate", "iEnd", "iHours", "iClock", "iStart", "iEndTime", "iDistance",
  "iPending", "maxVolunteer", "maxExtraDays", "maxDuration", "maxDistance", "maxLabel", "maxTitle", "capacity",
  "widen", "weeks", "uniform", "quarters", "compute", "dictionary", "textOf", "dayOf", "aCount", "bCount", "dense",
  "sparse", "sparseSlot", "sink", "durations", "titles", "blank",
];
// Fields and methods of the add-on's own objects (actions, totals, valuations, report layouts,
// CEC figures): each is reached by its name only, never through a string, and none is a key of
// what crosses JSON (stored settings, sheet marks), google.script.run (src/contract/sidebar.ts)
// or an Apps Script call. test/scripts/build.mangledNames.test.ts checks it, statically and by running
// every entry point: a name it reports comes out of this list.
const OWN_MEMBERS = [
  "account", "accounting", "acrossAssociations", "actions", "addOfRow", "addRaw", "aliasIssues", "aliasMerges",
  "anchorColumn", "anchorRow", "anomalies", "anonymous", "anySum", "assess", "assessYear", "associationKey",
  "associationKeys", "associationsOf", "associationSource", "associationYears", "bands", "basis", "birthDay",
  "births", "byAssociation", "byCategory", "byKey", "byLevel", "byPerson", "byProject", "byVolunteer", "capEur",
  "caption", "categories", "cecSettings", "cecVolunteers", "cell", "charts", "clock", "clockCell", "clockMs",
  "closingDay", "columnWidths", "count", "countedMs", "creditCents", "cumulativeEur", "data", "dateCell", "dates",
  "debitCents", "declareBy", "den", "detected", "dictionaries", "display", "displays", "distanceCell", "distanceKm",
  "distanceM", "durationMs", "earnedEur", "electricIncrease", "eligibleHours", "eligibleMs", "eligibleYears",
  "elsewhere", "elsewhereMs", "endCell", "endDay", "endTimeCell", "endTimeMs", "errorCode", "errorField", "exact",
  "exactCents", "exercice", "explanation", "extraDays", "feminine", "figure", "finish", "first", "firstColumn",
  "firstDay", "firstRow", "formats", "fromDay", "fromYear", "frozenRows", "functionName", "given", "groups",
  "headerRows", "heading", "hoursByMonth", "hoursCell", "hoursMs", "identical", "idOf", "ids", "incomeCeiling",
  "index", "indexes", "inDifficulty", "issue", "journalHeader", "journalLinks", "journalRow", "labels", "last",
  "lastDay", "lastIndex", "layouts", "ledger", "leftOut", "legal", "limitCents", "lines", "links", "longDays",
  "main", "mainAssociation", "mainAssociationHours", "mainMs", "make", "masculine", "members", "merges", "method",
  "mileageCharge", "mileageResource", "minimumAge", "missingName", "msByRate", "multiple", "names",
  "nearAssociations", "nearPeople", "needsChoice", "noteRows", "notes", "numColumns", "numRows", "offsetAt",
  "oldEnoughDay", "oneAssociationHours", "oneAssociationMs", "order", "overrides", "partial", "pendingCell",
  "people", "perKm", "person", "pieceDay", "pieceRef", "possibleDuplicates", "profile", "publicAgent",
  "qualifyingHours", "rateOf", "reader", "readers", "reason", "receipts", "reductionCents", "reductionRate",
  "reductionRateText", "rejectedRows", "release", "remap", "rest", "retained", "reuse", "rights", "rightsEur",
  "roleIn", "rolesIssueLimit", "rolesIssues", "roleSource", "rolesTable", "rowOf", "sameAs", "scope", "sections",
  "sheetName", "sheetRow", "short", "skip", "sorted", "spelling", "spreadsheet", "startCell", "startMs", "starts",
  "status", "statusLabel", "suggestion", "sums", "taken", "target", "texts", "titleRows", "toDay", "today",
  "totalHours", "totalMs", "twoDigitYear", "units", "unmatched", "unmatchedRates", "unratedLabels", "unvalued",
  "upToCv", "upToKm", "validateBy", "valuationSettings", "value", "vehicles", "vehicleUsed", "volunteerIssues",
  "volunteerKey", "volunteerResource", "volunteersByKey", "volunteerUse", "wallClock", "weeks52", "words",
  "wrapColumns", "write", "written", "yearOfDate", "zone",
];
const INTERNAL_MEMBERS = new RegExp(`^(${[...SPEED_MEMBERS, ...OWN_MEMBERS].join("|")})$`);

async function loadRegistry() {
  const out = `${distLocal}/registry.mjs`;
  await build({ entryPoints: [`${root}src/addon/registry.ts`], bundle: true, format: "esm", platform: "neutral", outfile: out, logLevel: "error" });
  return (await import(`${pathToFileURL(out).href}?t=${Date.now()}`)).ENTRY_POINTS;
}

async function buildAppsScript(entryPoints) {
  const result = await build({
    entryPoints: [`${root}src/addon/main.ts`],
    bundle: true,
    format: "iife",
    // src/addon/main.ts assigns the entry points to `entryPoints` (no export: no module-interop helpers).
    // "use strict" first, where it is a directive: the bundle's own comes after the declaration.
    banner: { js: `var ${GLOBAL} = (function (${BUILTINS.join(",")}) {\n"use strict";\nvar entryPoints;` },
    footer: { js: `return entryPoints;\n})(${BUILTINS.join(",")});` },
    platform: "neutral",
    target: "es2020",
    minify: !process.env.VALORISE_READABLE_BUILD,
    legalComments: "none",
    // French text as UTF-8 (2 bytes an accent) rather than \u escapes (6): Apps Script reads UTF-8 sources
    charset: "utf8",
    // Short names for the members that never cross JSON, google.script.run nor an Apps Script API.
    mangleProps: INTERNAL_MEMBERS,
    // The names given (original → short) and the sources read, for test/scripts/build.mangledNames.test.ts.
    mangleCache: {},
    metafile: true,
    // The settings schemas run a handful of zod/mini constructs: src/addon/zodLite.ts implements just
    // those (1.3 KB instead of 13.7 KB of zod, evaluated on every custom-function call). Node (CLI,
    // tests, preview, the sidebar page) and the types keep real zod; test/addon/zodLite.test.ts runs
    // every settings schema built on both and requires the same results.
    alias: { "zod/mini": `${root}src/addon/zodLite.ts` },
    write: false,
    logLevel: "error",
  });
  const bundle = result.outputFiles[0].text;
  const sources = Object.keys(result.metafile.inputs).filter((path) => path.startsWith("src/"));
  await writeFile(`${distLocal}/mangled-names.json`, `${JSON.stringify({ names: result.mangleCache, sources }, null, 1)}\n`);
  const code = [
    "// Valorise: built by scripts/build.mjs from src/addon. Do not edit: run npm run build.",
    bundle.trimEnd(),
    "",
    renderEntryPoints(entryPoints, GLOBAL),
  ].join("\n");
  if (/^\s*(export|import)\s/m.test(code)) throw new Error("dist/Code.js holds an export or import statement");
  await writeFile(`${dist}/Code.js`, code);
  await copyFile(`${root}appsscript.json`, `${dist}/appsscript.json`);
  await copyFile(`${root}src/addon/Aide.html`, `${dist}/Aide.html`);
  // bytes, as Apps Script stores and loads the file (an accent is two): the bench's target is in bytes
  return Buffer.byteLength(code, "utf8");
}

async function buildLocal() {
  // Output name → source: the CLI is the product (src/local), the preview and the bench are tools (tools/).
  // The names are fixed: bin/valorise.js, package.json's scripts and tools/bench/cliCsv.ts rely on them.
  const entries = { cli: "src/local/cli/main.ts", preview: "tools/preview/main.ts", bench: "tools/bench/main.ts" };
  const present = Object.entries(entries).filter(([, path]) => existsSync(`${root}${path}`));
  await build({
    entryPoints: Object.fromEntries(present.map(([name, path]) => [name, `${root}${path}`])),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outdir: distLocal,
    logLevel: "error",
  });
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await mkdir(distLocal, { recursive: true });
const registry = await loadRegistry();
const size = await buildAppsScript(registry);
const sidebarBuilder = `${root}scripts/buildSidebar.mjs`;
if (existsSync(sidebarBuilder)) await (await import(pathToFileURL(sidebarBuilder).href)).buildSidebar({ root, dist });
await buildLocal();
console.log(`dist/Code.js: ${size} octets (${(size / 1024).toFixed(1)} Kio), ${registry.length} points d'entrée`);
