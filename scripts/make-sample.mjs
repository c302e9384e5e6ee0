#!/usr/bin/env node
// Generates the sample journal in Bénévalibre 2.x export form (CSV, XLSX, JSON), the roles table,
// and examples/README.md describing what the sample holds. Deterministic: a seeded generator, no
// clock, no Math.random. Run: node scripts/make-sample.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip"; // exceljs's own zip library, to pin the entries' dates
import { seededRandom } from "./seededRandom.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "examples");
const SEED = 20250615;

const rand = seededRandom(SEED);
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
/** Picks a key of { key: weight }. */
function weighted(weights) {
  const entries = Object.entries(weights);
  let r = rand() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [key, w] of entries) if ((r -= w) < 0) return key;
  return entries[entries.length - 1][0];
}

// ---------------------------------------------------------------- reference data

export const HEADERS = [
  "Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
  "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau",
];

const A = "Les Jardins Partagés de Belleville";
const B = "Club Sportif de Villeurbanne";
const C = "Amicale Laïque de Quimper";

const CAT = {
  gov: "Gouvernance (CA, bureau)",
  admin: "Administration, comptabilité",
  events: "Organisation d'événements",
  animation: "Animation, encadrement d'activités",
  advice: "Conseil, information",
  teaching: "Enseignement, formation",
  funds: "Collecte de fonds",
  transport: "Collecte, transport de biens",
  welcome: "Accueil, accompagnement",
  upkeep: "Entretien, technique",
  comms: "Communication, représentation",
  other: "Autre",
};

const TITLES = {
  gov: ["Réunion du bureau", "Conseil d'administration", "Préparation de l'assemblée générale", "Assemblée générale"],
  admin: ["Saisie comptable", "Rapprochement bancaire", "Dossier de subvention", "Suivi des adhésions", "Déclaration en préfecture"],
  events: ["Réunion d'organisation", "Installation des stands", "Rangement après l'événement", "Préparation de la fête"],
  animation: {
    [A]: ["Atelier semis", "Atelier compost", "Visite du jardin avec une école"],
    [B]: ["Entraînement U11", "Séance seniors", "Match du dimanche"],
    [C]: ["Aide aux devoirs", "Atelier lecture", "Atelier bande dessinée"],
  },
  advice: ["Permanence d'information", "Conseil aux adhérents"],
  teaching: ["Formation des nouveaux bénévoles", "Formation premiers secours", "Atelier de formation"],
  funds: ["Tenue de la buvette", "Campagne de dons", "Tombola"],
  transport: ["Transport de matériel", "Collecte de dons alimentaires", "Livraison de compost"],
  welcome: ["Accueil des nouveaux adhérents", "Accompagnement d'une sortie", "Permanence d'accueil"],
  upkeep: ["Entretien des parcelles", "Réparation du matériel", "Entretien du local"],
  comms: ["Mise à jour du site", "Rédaction de la lettre d'information", "Forum des associations", "Rendez-vous à la mairie"],
  other: ["Aide ponctuelle", "Divers"],
};

const DESCRIPTIONS = [
  "", "", "", "", "",
  "Avec les bénévoles du quartier, matériel fourni par la mairie",
  "Compte rendu envoyé aux membres",
  'Préparation du "grand" repas',
  "Trajet aller-retour compris",
  "Reporté d'une semaine à cause de la pluie",
  "Voir le tableau partagé; liste à jour",
];

const PROJECTS = {
  [A]: ["Potager collectif", "Compostage de quartier", "Fête des jardins", ""],
  [B]: ["École de basket", "Section seniors", "Tournoi de printemps", ""],
  [C]: ["Aide aux devoirs", "Vide-grenier", "Festival de la BD", ""],
};

/** The association's multi-day event each year: [title, project, first day, last day]. */
const EVENTS = {
  [A]: { 2024: ["Fête des jardins", "2024-06-15", "2024-06-16"], 2025: ["Fête des jardins", "2025-06-14", "2025-06-15"] },
  [B]: { 2024: ["Tournoi de printemps", "2024-05-18", "2024-05-19"], 2025: ["Tournoi de printemps", "2025-05-24", "2025-05-25"] },
  [C]: { 2024: ["Festival de la BD", "2024-03-22", "2024-03-24"], 2025: ["Festival de la BD", "2025-03-21", "2025-03-23"] },
};

const CATEGORY_WEIGHTS = {
  board: { gov: 35, comms: 20, events: 15, advice: 10, admin: 10, funds: 10 },
  treasurer: { admin: 50, gov: 25, funds: 15, advice: 10 },
  secretary: { admin: 40, gov: 25, comms: 20, welcome: 15 },
  member: { gov: 40, events: 30, upkeep: 15, comms: 15 },
  supervisor: { animation: 35, events: 25, teaching: 20, welcome: 20 },
  animator: { animation: 50, teaching: 25, events: 15, welcome: 10 },
  volunteer: { upkeep: 25, events: 20, transport: 15, welcome: 15, animation: 10, other: 10, funds: 5 },
};

const KIND_OF_ROLE = {
  "Président": "board", "Présidente": "board", "Trésorier": "treasurer", "Trésorière": "treasurer",
  "Secrétaire": "secretary", "Membre du CA": "member", "Encadrant de bénévoles": "supervisor",
  "Encadrante de bénévoles": "supervisor", "Animateur": "animator", "Animatrice": "animator", "Bénévole": "volunteer",
};

const LEVELS = {
  board: { Encadrement: 5, Expertise: 4, "": 1 },
  treasurer: { Expertise: 8, Exécution: 2 },
  secretary: { Exécution: 5, Expertise: 4, "": 1 },
  member: { Exécution: 6, Encadrement: 3, "": 1 },
  supervisor: { Encadrement: 9, Exécution: 1 },
  animator: { Encadrement: 5, Exécution: 4, "": 1 },
  volunteer: { Exécution: 8, "": 2 },
};

// Volunteers: first name, last name, pseudo, birth date, and per association [role, hours 2024, hours 2025].
// Hours are the exact counted (validated, readable) hours; pending rows and broken rows come on top.
const VOLUNTEERS = [
  ["Hélène", "Durand", "", "1961-04-02", { [A]: ["Présidente", 262.5, 231.75] }],
  ["François", "Lefèvre", "", "1957-11-19", { [A]: ["Trésorier", 148, 163.25] }],
  ["Zoé", "Benoît", "", "1990-07-08", { [A]: ["Secrétaire", 96.5, 104] }],
  ["Karim", "Haddad", "", "", { [A]: ["Membre du CA", 58, 71.5] }],
  ["Maëlle", "Le Bihan", "", "1998-01-23", { [A]: ["Animatrice", 42, 39.25] }],
  ["Jean-Baptiste", "Roux", "", "", { [A]: ["Bénévole", 18.5, 22] }],
  ["Inès", "Chevalier", "", "2001-09-30", { [A]: ["Bénévole", 12, 27.75] }],
  ["Théo", "Garnier", "", "", { [A]: ["Bénévole", 9.5, 0] }],
  ["Aurélie", "Fontaine", "", "", { [A]: ["Bénévole", 0, 31] }],
  ["Mamadou", "Diallo", "", "1979-05-12", { [A]: ["Encadrant de bénévoles", 121.25, 138.5] }],
  ["Élodie", "Marchand", "", "", { [A]: ["Bénévole", 24, 16.5] }],
  ["Bérénice", "Faure", "", "", { [A]: ["Bénévole", 6, 11.25] }],
  ["Samuel", "Cohen", "", "", { [A]: ["Bénévole", 15, 8] }],
  ["Nathalie", "Girard", "", "1968-02-27", { [B]: ["Trésorière", 187.5, 224.25] }],
  ["Patrick", "Morel", "pmorel", "1955-08-14", { [B]: ["Président", 205, 198.75] }],
  ["Sébastien", "Lambert", "", "1984-10-03", { [B]: ["Encadrant de bénévoles", 132, 117.5] }],
  ["Camille", "Rousseau", "camille_r", "1993-03-17", { [B]: ["Animatrice", 211.5, 176] }],
  ["Jérôme", "Le Goff", "", "1972-12-01", { [C]: ["Membre du CA", 64, 120], [B]: ["Encadrant de bénévoles", 48, 90] }],
  ["Lucas", "Moreau", "", "2009-03-14", { [B]: ["Bénévole", 0, 34.5] }],
  ["Sophie", "Martin", "", "1976-06-21", { [B]: ["Secrétaire", 176.25, 200] }],
  ["Antoine", "Bonnet", "", "", { [B]: ["Bénévole", 22, 19.5] }],
  ["Léa", "Mercier", "", "1999-04-11", { [B]: ["Animatrice", 64, 72.75] }],
  ["Thomas", "Dupuis", "", "", { [B]: ["Bénévole", 11, 7.5] }],
  ["Yasmine", "Benali", "", "", { [B]: ["Bénévole", 28.5, 33] }],
  ["Gaëtan", "Perrin", "", "1981-01-29", { [B]: ["Membre du CA", 45, 52.25] }],
  ["Chloé", "Lemoine", "", "", { [B]: ["Bénévole", 5.5, 14] }],
  ["Yvonne", "Le Floch", "", "1952-09-09", { [C]: ["Présidente", 248.25, 271.5] }],
  ["Loïc", "Kerjean", "", "1966-03-05", { [C]: ["Trésorier", 131, 142.5] }],
  ["Gwenaëlle", "Tanguy", "", "1988-08-18", { [C]: ["Secrétaire", 88.75, 95.5] }],
  ["Ronan", "Quéré", "", "1975-11-07", { [C]: ["Encadrant de bénévoles", 102.5, 99.75] }],
  ["Anaïs", "Guillou", "", "", { [C]: ["Animatrice", 56, 61] }],
  ["Noémie", "Caradec", "", "", { [C]: ["Bénévole", 17.25, 21.5] }],
  ["Benoît", "Jaouen", "", "", { [C]: ["Bénévole", 13, 9.75] }],
  ["Soizic", "Le Gall", "", "", { [C]: ["Bénévole", 33, 26.5] }],
  ["Raphaël", "Prigent", "", "", { [C]: ["Bénévole", 7.75, 12] }],
  ["Agnès", "Salaün", "", "", { [C]: ["Bénévole", 19.5, 0] }],
  ["Clément", "Nédélec", "", "1995-02-14", { [C]: ["Animateur", 44.5, 38] }],
  ["Marie-Thérèse", "Le Roux", "", "1958-05-30", { [C]: ["Membre du CA", 73.25, 81] }],
  ["Jérémy", "Cloarec", "", "", { [C]: ["Bénévole", 0, 15.5] }],
  ["Françoise", "L'Hostis", "", "", { [C]: ["Bénévole", 24, 18.75] }],
  ["", "", "Titi29", "", { [C]: ["Bénévole", 8.5, 10.25] }],
];

// ---------------------------------------------------------------- formatting

const DAY = 86_400_000;
const isoOf = (ms) => new Date(ms).toISOString().slice(0, 10);
const msOf = (iso) => Date.parse(`${iso}T00:00:00Z`);

/** Python timedelta text of a duration in quarter hours: "2:30:00", "1 day, 2:00:00". */
function timedelta(quarters) {
  const negative = quarters < 0;
  const q = Math.abs(quarters);
  const days = Math.floor(q / 96);
  const h = Math.floor((q % 96) / 4);
  const m = (q % 4) * 15;
  const clock = `${h}:${String(m).padStart(2, "0")}:00`;
  const text = days ? `${days} day${days > 1 ? "s" : ""}, ${clock}` : clock;
  return negative ? `-${text}` : text;
}
/** Python float text of hours: "2.5", "0.75", "3.0". */
function decimalHours(quarters) {
  const h = quarters / 4;
  return Number.isInteger(h) ? `${h}.0` : String(h);
}

// ---------------------------------------------------------------- actions

function randomDay(year) {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / DAY;
  // some actions around the 1 November 2024 SMIC change
  if (year === 2024 && rand() < 0.07) {
    return pick(["2024-10-14", "2024-10-15", "2024-10-16", "2024-10-31", "2024-11-01", "2024-11-14", "2024-11-15", "2024-11-16"]);
  }
  return isoOf(start + Math.floor(rand() * days) * DAY);
}

/** One duration in quarter hours, typical of the kind of role. */
function oneDuration(kind) {
  const long = kind === "board" || kind === "treasurer" || kind === "animator";
  return pick(long ? [4, 6, 8, 8, 10, 12, 12, 14, 16, 20, 24, 30] : [3, 4, 6, 6, 8, 8, 10, 12, 14, 16]);
}

function makeAction(v, association, role, year, quarters, overrides = {}) {
  const kind = KIND_OF_ROLE[role];
  const catKey = weighted(CATEGORY_WEIGHTS[kind]);
  const titles = TITLES[catKey];
  const title = Array.isArray(titles) ? pick(titles) : pick(titles[association]);
  let distance = "";
  if (catKey === "transport") distance = (between(20, 320) / 4).toFixed(2);
  else if (rand() < 0.12) distance = (between(8, 160) / 4).toFixed(2);
  return {
    who: displayName(v), first: v.first, last: v.last, pseudo: v.pseudo, association, title,
    description: pick(DESCRIPTIONS), date: randomDay(year), endDate: "", quarters,
    pending: false, distance, category: CAT[catKey],
    project: catKey === "gov" || catKey === "admin" ? pick(["", "", PROJECTS[association][0]]) : pick(PROJECTS[association]),
    level: weighted(LEVELS[kind]), ...overrides,
  };
}

/** Actions of one volunteer in one association and year, summing exactly to the target hours. */
function actionsFor(v, association, role, year, hours) {
  const kind = KIND_OF_ROLE[role];
  const out = [];
  let remaining = Math.round(hours * 4);
  const eventable = kind !== "volunteer" && kind !== "treasurer";
  if (eventable && remaining > 200 && rand() < 0.8) {
    const [title, from, to] = EVENTS[association][year];
    const span = (msOf(to) - msOf(from)) / DAY;
    const q = span >= 2 ? pick([104, 104, 88]) : pick([48, 56, 64]); // "1 day, 2:00:00", 22 h; 12-16 h
    out.push(makeAction(v, association, role, year, q, {
      title, date: from, endDate: to, category: CAT.events, project: PROJECTS[association][2],
      description: "Montage, accueil du public et démontage", level: kind === "member" ? "Exécution" : "Encadrement",
    }));
    remaining -= q;
  }
  while (remaining > 0) {
    const q = Math.min(oneDuration(kind), remaining);
    out.push(makeAction(v, association, role, year, q));
    remaining -= q;
  }
  return out;
}

const volunteers = VOLUNTEERS.map(([first, last, pseudo, birth, roles]) => ({ first, last, pseudo, birth, roles }));
const byName = (first, last) => volunteers.find((v) => v.first === first && v.last === last);
const displayName = (v) => [v.first, v.last].filter(Boolean).join(" ") || v.pseudo;

const counted = [];
const pending = [];
for (const v of volunteers) {
  for (const [association, [role, h2024, h2025]] of Object.entries(v.roles)) {
    for (const [year, hours] of [[2024, h2024], [2025, h2025]]) {
      if (!hours) continue;
      const actions = actionsFor(v, association, role, year, hours);
      counted.push(...actions);
      // about 1 in 25 actions is still waiting for moderation: on top of the counted hours
      const waiting = Math.floor(actions.length / 25 + rand());
      for (let i = 0; i < waiting; i++) {
        pending.push(makeAction(v, association, role, year, oneDuration(KIND_OF_ROLE[role]), { pending: true }));
      }
    }
  }
}

// Fixed dates the sample must hold: 1 January and 31 December of both years, a year-crossing action.
function setFirst(first, last, year, fields) {
  const v = byName(first, last);
  const action = counted.find((a) => a.first === v.first && a.last === v.last && a.date.startsWith(String(year)) && !a.endDate);
  Object.assign(action, fields);
}
setFirst("Yvonne", "Le Floch", 2024, { date: "2024-01-01", title: "Vœux aux adhérents", category: CAT.comms });
setFirst("Patrick", "Morel", 2024, { date: "2024-12-31", title: "Clôture des comptes du tournoi", category: CAT.admin });
setFirst("Hélène", "Durand", 2025, { date: "2025-01-01", title: "Arrosage du jour de l'an", category: CAT.upkeep });
setFirst("Nathalie", "Girard", 2025, { date: "2025-12-31", title: "Clôture de l'exercice", category: CAT.admin });
{
  // Ronan Quéré: a New Year's Eve watch from 30 December 2024 to 1 January 2025, 30 h, counted in 2024
  const ronan = counted.filter((a) => a.last === "Quéré" && a.date.startsWith("2024") && !a.endDate);
  const merged = [];
  let sum = 0;
  for (const a of ronan) {
    if (sum >= 124) break;
    merged.push(a);
    sum += a.quarters;
  }
  const quarters = sum - 120;
  Object.assign(merged[0], {
    date: "2024-12-30", endDate: "2025-01-01", quarters: 120, title: "Réveillon solidaire",
    category: CAT.welcome, project: "", level: "Encadrement", description: "Accueil de nuit, deux soirées",
  });
  // the others give back their time in one action so the year's total stays exact
  for (const a of merged.slice(1)) counted.splice(counted.indexOf(a), 1);
  counted.push(makeAction(byName("Ronan", "Quéré"), C, "Encadrant de bénévoles", 2024, quarters));
}

// Anonymous rows (members who chose not to show their name) and zero-duration transports.
const anonymous = [];
for (let i = 0; i < 8; i++) {
  const association = pick([A, B, C]);
  anonymous.push(makeAction({ first: "", last: "", pseudo: "" }, association, "Bénévole", 2024 + (i % 2), between(4, 12)));
}
const transports = [];
for (const [first, last, association] of [["Karim", "Haddad", A], ["Antoine", "Bonnet", B], ["Soizic", "Le Gall", C], ["Mamadou", "Diallo", A], ["Yasmine", "Benali", B]]) {
  transports.push(makeAction(byName(first, last), association, "Bénévole", pick([2024, 2025]), 0, {
    title: "Transport de matériel", category: CAT.transport, distance: (between(40, 240) / 4).toFixed(2), description: "Trajet seul, sans temps compté",
  }));
}

const rows = [...counted, ...pending, ...anonymous, ...transports];
rows.sort((x, y) =>
  x.date.localeCompare(y.date) || x.association.localeCompare(y.association) ||
  displayName(x).localeCompare(displayName(y)) || x.title.localeCompare(y.title) || x.quarters - y.quarters);

// Hélène Durand's name, after her first row, is sometimes typed with other case and spaces.
{
  let seen = false;
  for (const r of rows) {
    if (r.first !== "Hélène" || r.last !== "Durand") continue;
    if (seen && rand() < 0.15) Object.assign(r, pick([{ first: "  hélène ", last: "DURAND" }, { first: "Hélène", last: "Durand  " }, { first: "HÉLÈNE", last: "durand" }]));
    seen = true;
  }
}

// Broken rows, each inserted at a fixed place; their sheet row numbers are reported.
const BROKEN = [
  [0.08, "Karim", "Haddad", A, { date: "31/02/2025" }, "date impossible « 31/02/2025 »"],
  [0.21, "Léa", "Mercier", B, { date: "demain" }, "date illisible « demain »"],
  [0.37, "Benoît", "Jaouen", C, { date: "2024-09-12", quarters: -6 }, "durée négative « -1:30:00 »"],
  [0.52, "Sébastien", "Lambert", B, { date: "2025-06-14", endDate: "2025-06-12", quarters: 24 }, "date de fin (12/06/2025) avant la date (14/06/2025)"],
  [0.66, "Antoine", "Bonnet", B, { date: "2025-02-08", quarters: 0, distance: "" }, "durée nulle sans distance"],
  [0.83, "Gwenaëlle", "Tanguy", C, { date: "", quarters: 8 }, "date vide"],
];
const broken = [];
for (const [at, first, last, association, fields, why] of BROKEN) {
  const v = byName(first, last);
  const role = v.roles[association][0];
  const row = makeAction(v, association, role, 2025, 8, { description: "", ...fields });
  const index = Math.floor(rows.length * at);
  rows.splice(index, 0, row);
  broken.push({ row, why });
}
const brokenRows = broken.map(({ row, why }) => ({ line: rows.indexOf(row) + 2, name: row.who, why }));

// ---------------------------------------------------------------- writing

function textRecord(r) {
  return {
    "Prénom": r.first, "Nom": r.last, "Pseudo": r.pseudo, "Association": r.association, "Titre": r.title,
    "Description": r.description, "Date": r.date, "Date de fin": r.endDate, "Durée": timedelta(r.quarters),
    "Durée (en heures)": decimalHours(r.quarters), "En attente de modération": r.pending ? "True" : "False",
    "Distance (en km)": r.distance, "Catégorie": r.category, "Projet": r.project, "Niveau": r.level,
  };
}

function csvField(text, delimiter) {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}
function csv(records, headers, delimiter = ",") {
  const lines = [headers, ...records.map((r) => headers.map((h) => r[h]))];
  return lines.map((cells) => cells.map((c) => csvField(String(c), delimiter)).join(delimiter)).join("\r\n") + "\r\n";
}

const records = rows.map(textRecord);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, "benevalo-export.csv"), csv(records, HEADERS));

// JSON as Bénévalibre writes it (docs/regles/benevalibre.md): one object per action, hours as numbers, the
// moderation flag as a boolean, the distance as text ("12.50"), empty values as null.
const jsonValue = (h, r) => {
  if (r[h] === "") return null;
  if (h === "Durée (en heures)") return Number(r[h]);
  if (h === "En attente de modération") return r[h] === "True";
  return r[h];
};
const json = records.map((r) => Object.fromEntries(HEADERS.map((h) => [h, jsonValue(h, r)])));
writeFileSync(join(OUT, "benevalo-export.json"), `[\n${json.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`);

// XLSX: dates as date cells, hours and distances as numbers, moderation as booleans, Durée as text.
const workbook = new ExcelJS.Workbook();
workbook.creator = "Valorise (exemple)";
workbook.created = new Date(Date.UTC(2026, 0, 15));
workbook.modified = workbook.created;
const sheet = workbook.addWorksheet("Export");
sheet.addRow(HEADERS);
sheet.getRow(1).font = { bold: true };
sheet.views = [{ state: "frozen", ySplit: 1 }];
const dateCell = (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(msOf(text)) : text || null);
for (const r of rows) {
  sheet.addRow([
    r.first || null, r.last || null, r.pseudo || null, r.association, r.title, r.description || null,
    dateCell(r.date), dateCell(r.endDate), timedelta(r.quarters), r.quarters / 4, r.pending,
    r.distance === "" ? null : Number(r.distance), r.category, r.project || null, r.level || null,
  ]);
}
sheet.getColumn(7).numFmt = "yyyy-mm-dd";
sheet.getColumn(8).numFmt = "yyyy-mm-dd";
HEADERS.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.max(12, Math.min(40, h.length + 4))));
writeFileSync(join(OUT, "benevalo-export.xlsx"), await pinZipDates(await workbook.xlsx.writeBuffer()));

/** exceljs stamps each zip entry with the current time: rewrite them with a fixed date so the file is reproducible. */
async function pinZipDates(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const pinned = new JSZip();
  const date = new Date(Date.UTC(2026, 0, 15));
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (!entry.dir) pinned.file(name, await entry.async("uint8array"), { date, createFolders: false });
  }
  return pinned.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

// Roles table: one row per volunteer and association, some birth dates. Nathalie Girard is left
// out so that the sample shows "Éligible sous réserve" (hours met, role unknown) in 2025 too.
const ROLE_UNKNOWN = new Set(["Nathalie Girard"]);
const roleRecords = [];
for (const v of volunteers) {
  if (ROLE_UNKNOWN.has(displayName(v))) continue;
  for (const [association, [role]] of Object.entries(v.roles)) {
    roleRecords.push({ "Bénévole": displayName(v), "Rôle": role, "Association": association, "Date de naissance": v.birth });
  }
}
writeFileSync(join(OUT, "roles.csv"), csv(roleRecords, ["Bénévole", "Rôle", "Association", "Date de naissance"], ";"));

// Associations table: fictional SIREN (their check digit right) and RNA numbers; the club closes its
// exercice on 30 June, the amicale's conditions for the CEC are still to check.
const ASSOCIATION_HEADERS = ["Association", "SIREN", "RNA", "Date de déclaration", "Article 200 du CGI", "Plan comptable", "Clôture", "Territoire", "Adresse"];
const associationRecords = [
  [A, "900000001", "W751000001", "12/03/2012", "oui", "ANC 2018-06", "31/12", "métropole", "1 rue de l'Exemple, 75020 Paris"],
  [B, "900000019", "W691000002", "05/09/1998", "oui", "ANC 2018-06", "30/06", "métropole", "2 avenue de l'Exemple, 69100 Villeurbanne"],
  [C, "", "W294000003", "20/01/1985", "à vérifier", "ANC 2018-06", "31/12", "métropole", "3 place de l'Exemple, 29000 Quimper"],
].map((cells) => Object.fromEntries(ASSOCIATION_HEADERS.map((h, i) => [h, cells[i]])));
writeFileSync(join(OUT, "associations.csv"), csv(associationRecords, ASSOCIATION_HEADERS, ";"));

// ---------------------------------------------------------------- facts

// An action with an end date counts its hours evenly over its days (Valorise's rule).
const hoursBy = new Map();
for (const r of [...counted, ...transports]) {
  const days = r.endDate ? (msOf(r.endDate) - msOf(r.date)) / DAY + 1 : 1;
  for (let d = 0; d < days; d++) {
    const key = `${r.who}\t${new Date(msOf(r.date) + d * DAY).getUTCFullYear()}`;
    hoursBy.set(key, (hoursBy.get(key) ?? 0) + r.quarters / 4 / days);
  }
}
const total = (name, year) => hoursBy.get(`${name}\t${year}`) ?? 0;
const fr = (h) => h.toFixed(2).replace(".", ",");
const names = volunteers.map(displayName);
const bands = (year, lo, hi) => names.filter((n) => total(n, year) >= lo && total(n, year) < hi).sort((x, y) => total(y, year) - total(x, year));
const list = (year, lo, hi) => bands(year, lo, hi).map((n) => `${n} (${fr(total(n, year))} h)`).join(", ") || "aucun";
const perYear = (year) => rows.filter((r) => r.date.startsWith(String(year))).length;

const facts = `# Exemples

Fichiers produits par \`node scripts/make-sample.mjs\` (générateur à graine fixe ${SEED} : relancer le script
redonne exactement les mêmes fichiers). Les associations, personnes et actions sont fictives.

- \`benevalo-export.csv\`, \`.xlsx\`, \`.json\` : le même journal, au format d'export de Bénévalibre 2.x
  (colonnes ${HEADERS.map((h) => `« ${h} »`).join(", ")}).
  Le CSV est séparé par des virgules ; le XLSX porte de vraies dates, des nombres et des cases vrai/faux ;
  le JSON est une liste d'objets, heures en nombres, attente de modération en booléens, distance en texte,
  valeurs vides à \`null\`.
- \`roles.csv\` : rôle de chaque bénévole dans chaque association, avec une date de naissance pour certains
  (séparateur point-virgule, dates AAAA-MM-JJ). ${[...ROLE_UNKNOWN].join(", ")} n'y figure pas : rôle inconnu.
  Avec cette table, le statut CEC prend chacune de ses valeurs en 2024 comme en 2025 : « Éligible » (Sophie Martin,
  200 h en 2025 ; Jérôme Le Goff, 120 h + 90 h dans deux associations), « Éligible sous réserve » (Camille Rousseau,
  animatrice, en 2024 ; ${[...ROLE_UNKNOWN].join(", ")}, rôle inconnu, en 2025), « À compléter » (Patrick Morel, 198,75 h
  en 2025), « Non éligible » (Ronan Quéré, 92,50 h en 2024 ; Gwenaëlle Tanguy, 95,50 h en 2025 ; les rôles « Bénévole »).
- \`associations.csv\` : la table des associations (séparateur point-virgule) : SIREN et RNA fictifs, date de déclaration,
  article 200 du CGI, plan comptable, clôture et adresse. Le Club Sportif de Villeurbanne clôt son exercice le 30/06 :
  son rapport 2025 porte sur l'exercice du 01/07/2024 au 30/06/2025. Les conditions de l'Amicale Laïque de Quimper
  pour le CEC sont « à vérifier » (supposées remplies, et le rapport le dit) ; elle n'a pas de SIREN.

## Ce que contient le journal

- ${rows.length} lignes d'actions (ligne 1 : en-têtes ; actions en lignes 2 à ${rows.length + 1}), ${perYear(2024)} datées de 2024,
  ${perYear(2025)} de 2025 ; 3 associations : ${A}, ${B}, ${C}.
- ${names.length} bénévoles nommés (dont « Titi29 », connu par son seul pseudo) et ${anonymous.length} actions anonymes
  (prénom, nom et pseudo vides).
- ${pending.length} actions en attente de modération (« True ») : non comptées, elles s'ajoutent aux heures ci-dessous.
- ${transports.length} transports de durée nulle avec une distance : valides, comptés pour la distance seulement.
- Le nom d'Hélène Durand est parfois écrit « hélène DURAND », « HÉLÈNE durand » ou avec des espaces en trop.
- Dates particulières : 01/01/2024, 31/12/2024, 01/01/2025, 31/12/2025 ; des actions autour du 15/10/2024 et du
  15/11/2024 (changement du SMIC au 01/11/2024) ; des événements sur plusieurs jours avec « Date de fin » ;
  un réveillon du 30/12/2024 au 01/01/2025 (Ronan Quéré, 30 h réparties sur ses trois jours : 20 h en 2024, 10 h en 2025 ;
  une seule action, comptée en 2024, année de sa date de début).
- Jérôme Le Goff agit dans deux associations (${C} et ${B}).
- Lucas Moreau est né le 14/03/2009 : il a 16 ans en 2025.

### Lignes erronées (laissées de côté)

${brokenRows.map((b) => `- ligne ${b.line} : ${b.name}, ${b.why}`).join("\n")}

### Heures comptées (actions validées et lisibles), par année

| Bénévole | 2024 | 2025 |
| --- | ---: | ---: |
${names.map((n) => `| ${n} | ${fr(total(n, 2024))} | ${fr(total(n, 2025))} |`).join("\n")}

- 200 h ou plus en 2024 : ${list(2024, 200, Infinity)}
- 200 h ou plus en 2025 : ${list(2025, 200, Infinity)}
- De 100 h à moins de 200 h en 2024 : ${list(2024, 100, 200)}
- De 100 h à moins de 200 h en 2025 : ${list(2025, 100, 200)}
`;
writeFileSync(join(OUT, "README.md"), facts);
console.log(`${rows.length} lignes, ${names.length} bénévoles nommés, ${pending.length} en attente, lignes erronées : ${brokenRows.map((b) => b.line).join(", ")}`);
