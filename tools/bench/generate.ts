// Synthetic federation journals for the benchmark: Bénévalibre 2.x columns, cells typed as
// Sheets hands them to a script (Date objects for dates and durations, numbers, strings, ""
// for empty cells). Deterministic: a seeded generator, no clock, no Math.random.

import { seededRandom } from "../../scripts/seededRandom.mjs";
import { instantFromWallClock } from "../../src/local/timezone";

export const JOURNAL_HEADERS = [
  "Prénom", "Nom", "Pseudo", "Association", "Titre", "Description", "Date", "Date de fin", "Durée",
  "Durée (en heures)", "En attente de modération", "Distance (en km)", "Catégorie", "Projet", "Niveau",
] as const;

export const ROLES_HEADERS = ["Bénévole", "Rôle", "Association", "Date de naissance"] as const;

/** Year of the report the benchmark computes; the journal also holds the year before. */
export const REPORT_YEAR = 2025;
export const BENCH_TIME_ZONE = "Europe/Paris";

export interface GenerateOptions {
  rows: number;
  /** Number of volunteers (default 300). */
  volunteers?: number;
  /** Number of associations (default 6). */
  associations?: number;
  seed?: number;
  /** Also return each row's canonical volunteer, hours and year (for the spreadsheet-engine comparison). */
  withFacts?: boolean;
}

/** What each generated row stands for, independently of how its cells are typed. */
export interface RowFacts {
  /** Index in `volunteers` of the row's volunteer; -1 for an anonymous row. */
  volunteer: Int32Array;
  /** Hours as a number (0 for a row whose duration is not readable). */
  hours: Float64Array;
  /** Calendar year of the action (0 for a row whose date is not readable). */
  year: Int32Array;
  /** True when the row is counted (not pending moderation, readable). */
  counted: Uint8Array;
}

export interface GeneratedJournal {
  /** Header row then `rows` data rows of 15 cells. */
  grid: unknown[][];
  /** Display name of each volunteer ("Prénom Nom", or the pseudo). */
  volunteers: string[];
  associations: string[];
  /** A roles table (Bénévole, Rôle, Association, Date de naissance) for the CEC. */
  roles: unknown[][];
  facts?: RowFacts;
}

export { seededRandom };

const FIRST_NAMES = [
  "Hélène", "François", "Zoé", "Karim", "Maëlle", "Jean-Baptiste", "Inès", "Théo", "Aurélie", "Mamadou",
  "Élodie", "Bérénice", "Samuel", "Nathalie", "Patrick", "Sébastien", "Camille", "Jérôme", "Lucas", "Sophie",
  "Antoine", "Léa", "Thomas", "Yasmine", "Gaëtan", "Chloé", "Yvonne", "Loïc", "Gwenaëlle", "Ronan",
  "Anaïs", "Noémie", "Benoît", "Soizic", "Raphaël", "Agnès", "Clément", "Marie-Thérèse", "Jérémy", "Françoise",
];
const LAST_NAMES = [
  "Durand", "Lefèvre", "Benoît", "Haddad", "Le Bihan", "Roux", "Chevalier", "Garnier", "Fontaine", "Diallo",
  "Marchand", "Faure", "Cohen", "Girard", "Morel", "Lambert", "Rousseau", "Le Goff", "Moreau", "Martin",
  "Bonnet", "Mercier", "Dupuis", "Benali", "Perrin", "Lemoine", "Le Floch", "Kerjean", "Tanguy", "Quéré",
];
const ASSOCIATION_NAMES = [
  "Les Jardins Partagés de Belleville", "Club Sportif de Villeurbanne", "Amicale Laïque de Quimper",
  "Banque Alimentaire du Rhône", "Secours Populaire de Brest", "Théâtre du Quai", "Vélo-École de Nantes",
  "Les Amis de la Bibliothèque", "Cinéma Associatif Le Lux", "Ressourcerie du Pays Bigouden",
];
const CATEGORIES = [
  "Gouvernance (CA, bureau)", "Administration, comptabilité", "Organisation d'événements",
  "Animation, encadrement d'activités", "Conseil, information", "Enseignement, formation", "Collecte de fonds",
  "Collecte, transport de biens", "Accueil, accompagnement", "Entretien, technique", "Communication, représentation", "Autre",
];
const TITLES = [
  "Réunion du bureau", "Conseil d'administration", "Assemblée générale", "Saisie comptable", "Dossier de subvention",
  "Installation des stands", "Atelier", "Permanence d'information", "Formation des nouveaux bénévoles", "Tenue de la buvette",
  "Transport de matériel", "Permanence d'accueil", "Entretien du local", "Mise à jour du site", "Aide ponctuelle",
];
const DESCRIPTIONS = ["Compte rendu envoyé aux membres", "Trajet aller-retour compris", "Matériel fourni par la mairie"];
const PROJECTS = ["Potager collectif", "École de basket", "Festival", "Vide-grenier", "Aide aux devoirs", ""];
const LEVELS = ["Encadrement", "Exécution", "Exécution", "Expertise", ""];
const ROLES = ["Président", "Trésorière", "Secrétaire", "Membre du CA", "Encadrant de bénévoles", "Animatrice", "Bénévole"];
const QUARTERS = [2, 3, 4, 4, 6, 6, 8, 8, 8, 10, 12, 14, 16, 20, 24, 30];

const DAY_MS = 86_400_000;
/** 1899-12-30 00:00 as if it were UTC: the origin of Sheets durations. */
const SERIAL_ORIGIN_MS = Date.UTC(1899, 11, 30);

export interface Volunteer {
  first: string;
  last: string;
  pseudo: string;
  display: string;
  /** Indexes of its associations. */
  associations: number[];
  /** Relative activity (a few volunteers do most of the hours). */
  weight: number;
}

function makeVolunteers(count: number, associationCount: number, rand: () => number): Volunteer[] {
  const out: Volunteer[] = [];
  const pairs = FIRST_NAMES.length * LAST_NAMES.length;
  for (let i = 0; i < count; i++) {
    // a coprime stride walks every (first, last) pair once before repeating
    const p = (i * 7919) % pairs;
    const first = FIRST_NAMES[p % FIRST_NAMES.length]!;
    let last = LAST_NAMES[Math.floor(p / FIRST_NAMES.length)]!;
    if (i >= pairs) last = `${last} ${Math.floor(i / pairs) + 1}`;
    const pseudoOnly = i % 40 === 39;
    const association = Math.floor(rand() * associationCount);
    const associations = rand() < 0.15 && associationCount > 1 ? [association, (association + 1) % associationCount] : [association];
    out.push({
      first: pseudoOnly ? "" : first,
      last: pseudoOnly ? "" : last,
      pseudo: pseudoOnly ? `benevole${i}` : "",
      display: pseudoOnly ? `benevole${i}` : `${first} ${last}`,
      associations,
      weight: 0.2 + rand() ** 3 * 10,
    });
  }
  return out;
}

/** Picks an index with probability proportional to its weight (cumulative weights, binary search). */
function weightedPicker(weights: readonly number[], rand: () => number): () => number {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (cumulative[i] = sum += w));
  return () => {
    const r = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Instant of a wall-clock time in the bench zone, cached: Sheets hands dates as such instants. */
function instantCache(): (wallMs: number) => number {
  const cache = new Map<number, number>();
  return (wallMs) => {
    let ms = cache.get(wallMs);
    if (ms === undefined) cache.set(wallMs, (ms = instantFromWallClock(BENCH_TIME_ZONE, wallMs).getTime()));
    return ms;
  };
}

/** One generated action, before its cells are typed for Sheets (generateJournal) or written as CSV (csvFile.ts). */
export interface GeneratedAction {
  /** Index of the volunteer; -1 when anonymous. */
  volunteer: number;
  first: string;
  last: string;
  pseudo: string;
  association: string;
  title: string;
  description: string;
  /** Days since 1970-01-01; the row's date is unreadable ("31/02/2025") when `broken`. */
  day: number;
  broken: boolean;
  /** Last day of an action of several days; undefined for one day. */
  endDay: number | undefined;
  hours: number;
  /** The duration written as a duration (h:mm:ss), as decimal hours, or both. */
  asDuration: boolean;
  asHours: boolean;
  pending: boolean;
  /** Kilometres, or undefined. */
  distanceKm: number | undefined;
  category: string;
  project: string;
  level: string;
}

/** The volunteers and associations of a generated journal, and its actions one at a time (the random draws in the order generateJournal has always made them). */
export function journalActions(options: GenerateOptions): { volunteers: Volunteer[]; associations: string[]; rand: () => number; next: () => GeneratedAction } {
  const rand = seededRandom(options.seed ?? 20250615);
  const associationCount = Math.min(options.associations ?? 6, ASSOCIATION_NAMES.length);
  const associations = ASSOCIATION_NAMES.slice(0, associationCount);
  const volunteers = makeVolunteers(options.volunteers ?? 300, associationCount, rand);
  const pickVolunteer = weightedPicker(volunteers.map((v) => v.weight), rand);
  const firstDay = Date.UTC(REPORT_YEAR - 1, 0, 1) / DAY_MS;
  const dayCount = Date.UTC(REPORT_YEAR + 1, 0, 1) / DAY_MS - firstDay;
  const next = (): GeneratedAction => {
    const anonymous = rand() < 0.002;
    const vi = anonymous ? -1 : pickVolunteer();
    const v = vi >= 0 ? volunteers[vi]! : undefined;
    const association = v ? v.associations[Math.floor(rand() * v.associations.length)]! : Math.floor(rand() * associationCount);
    const day = firstDay + Math.floor(rand() * dayCount);
    const quarters = QUARTERS[Math.floor(rand() * QUARTERS.length)]!;
    const multiDay = rand() < 0.01;
    const durationForm = rand();
    const pending = rand() < 0.02;
    const broken = rand() < 0.001;
    let first = v?.first ?? "";
    let last = v?.last ?? "";
    if (v && first && rand() < 0.01) {
      // the same person typed with other case and spaces
      first = `  ${first.toLowerCase()} `;
      last = last.toUpperCase();
    }
    const title = TITLES[Math.floor(rand() * TITLES.length)]!;
    const description = rand() < 0.1 ? DESCRIPTIONS[Math.floor(rand() * DESCRIPTIONS.length)]! : "";
    const endDay = multiDay ? endDayOf(day, 1 + Math.floor(rand() * 2)) : undefined;
    const distanceKm = rand() < 0.15 ? Math.round(rand() * 1600) / 20 : undefined;
    return {
      volunteer: vi, first, last, pseudo: v?.pseudo ?? "", association: associations[association]!, title, description, day, broken,
      endDay, hours: (multiDay ? quarters * 3 : quarters) / 4, asDuration: durationForm < 0.67, asHours: durationForm >= 0.33, pending,
      distanceKm, category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!, project: PROJECTS[Math.floor(rand() * PROJECTS.length)]!,
      level: LEVELS[Math.floor(rand() * LEVELS.length)]!,
    };
  };
  return { volunteers, associations, rand, next };
}

/**
 * A journal of `rows` actions by a few hundred volunteers of several associations over two years.
 * Durations come as Sheets durations (Date near 1899-12-30) in some rows, decimal hours in others,
 * both in the rest; about 2 % of rows wait for moderation and 0.1 % have an unreadable date.
 */
export function generateJournal(options: GenerateOptions): GeneratedJournal {
  const { volunteers, associations, rand, next } = journalActions(options);
  const instant = instantCache();
  const rows = options.rows;
  const facts: RowFacts | undefined = options.withFacts
    ? { volunteer: new Int32Array(rows), hours: new Float64Array(rows), year: new Int32Array(rows), counted: new Uint8Array(rows) }
    : undefined;

  const grid: unknown[][] = new Array(rows + 1);
  grid[0] = [...JOURNAL_HEADERS];
  for (let i = 0; i < rows; i++) {
    const a = next();
    grid[i + 1] = [
      a.first,
      a.last,
      a.pseudo,
      a.association,
      a.title,
      a.description,
      a.broken ? "31/02/2025" : new Date(instant(a.day * DAY_MS)),
      a.endDay === undefined ? "" : new Date(instant(a.endDay * DAY_MS)),
      a.asDuration ? new Date(instant(SERIAL_ORIGIN_MS + a.hours * 3_600_000)) : "",
      a.asHours ? a.hours : "",
      a.pending,
      a.distanceKm ?? "",
      a.category,
      a.project,
      a.level,
    ];
    if (facts) {
      facts.volunteer[i] = a.volunteer;
      facts.hours[i] = a.hours;
      facts.year[i] = a.broken ? 0 : new Date(a.day * DAY_MS).getUTCFullYear();
      facts.counted[i] = a.pending || a.broken ? 0 : 1;
    }
  }

  const roles: unknown[][] = [[...ROLES_HEADERS]];
  volunteers.forEach((v, i) => {
    const birth = rand() < 0.6 ? new Date(instant(Date.UTC(1950 + Math.floor(rand() * 58), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)))) : "";
    for (const a of v.associations) roles.push([v.display, ROLES[i % ROLES.length]!, associations[a]!, birth]);
  });

  return { grid, volunteers: volunteers.map((v) => v.display), associations, roles, facts };
}

/**
 * The last day of an action `extra` days after `day`, kept within the day's year (undefined on
 * 31 December: no end date then): an action across the new year is spread over both years
 * (journal/store/spread.ts), while the treasurer's SUMIFS the bench compares with gives each
 * row's hours to the year of its date.
 */
function endDayOf(day: number, extra: number): number | undefined {
  const yearEnd = Date.UTC(new Date(day * DAY_MS).getUTCFullYear() + 1, 0, 1) / DAY_MS - 1;
  const end = Math.min(day + extra, yearEnd);
  return end === day ? undefined : end;
}

/** The same journal as a whole-column range sees it: `empty` trailing rows of "" cells. */
export function withTrailingEmptyRows(grid: readonly unknown[][], empty: number): unknown[][] {
  const width = grid[0]?.length ?? 0;
  const out = grid.slice();
  for (let i = 0; i < empty; i++) out.push(new Array(width).fill(""));
  return out;
}
