import type { DocumentSection, DocumentTally, DocumentVolunteer } from "./documentReport";
import type { Block, DocumentPart } from "./model";
import { associationFields } from "./attestationIdentity";
import { hoursText, splitHours } from "./attestationHours";
import { BLANK, type Signatory, signatureLines } from "./signature";

/** What one attestation says beside the report's figures. */
export interface AttestationInput {
  section: DocumentSection;
  volunteer: DocumentVolunteer;
  /** The roles held in the association, as written; "" when unknown. */
  roles: string;
  /** The calendar year the roles are known for, when the section's period is not that year. */
  rolesYear?: number;
  signatory: Signatory;
  day: number;
}

/** « que Marie », « qu'Anne », « qu'Élodie »: elided before a vowel (before an h, which may be aspirated, it is not). */
function que(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüÿæœ]/i.test(name) ? `qu'${name}` : `que ${name}`;
}

/** The attestation de bénévolat of one volunteer in one association: one page. */
export function attestationPart(input: AttestationInput): DocumentPart {
  const { section, volunteer: v, signatory } = input;
  const name = section.association.title;
  const hours = splitHours(v.durationMs, v.byCategory.map((t) => t.durationMs));
  const blocks: Block[] = [
    { kind: "title", text: "Attestation de bénévolat" },
    { kind: "fields", rows: associationFields(section.association) },
    { kind: "space", mm: 2 },
    {
      kind: "text",
      text: `Je soussigné(e) ${signatory.name?.trim() || BLANK}, agissant en qualité de ${signatory.quality?.trim() || BLANK} ` +
        `de l'association ${name}, atteste ${que(v.volunteer)} a participé bénévolement aux activités de l'association ` +
        `${section.period.dates}${section.period.exercice ? ` (${section.period.name})` : ""}, ` +
        `pour ${hoursText(hours.total)} en ${actionsText(v.actions)}.`,
    },
    {
      kind: "fields",
      rows: [
        ["Heures de bénévolat", hoursText(hours.total)],
        ["Nombre d'actions", String(v.actions)],
        [input.rolesYear === undefined ? "Rôle(s)" : `Rôle(s) en ${input.rolesYear}`, input.roles || "non renseigné"],
      ],
    },
    ...tallyTable("Heures par catégorie", "Catégorie", "Sans catégorie", v.byCategory, v.durationMs),
    ...tallyTable("Heures par projet", "Projet", "Sans projet", v.byProject, v.durationMs),
    { kind: "text", text: "Attestation établie à la demande de l'intéressé(e) pour servir et valoir ce que de droit." },
    { kind: "signature", lines: signatureLines(signatory, input.day) },
  ];
  return { blocks, footer: `Attestation de bénévolat — ${v.volunteer} — ${name}` };
}

function actionsText(n: number): string {
  return `${n} action${n > 1 ? "s" : ""}`;
}

/** A table of hours by label whose rows add up to the total; none when no action carries a label. */
function tallyTable(heading: string, column: string, blank: string, tallies: readonly DocumentTally[], totalMs: number): Block[] {
  if (!tallies.some((t) => t.label)) return [];
  const { total, parts } = splitHours(totalMs, tallies.map((t) => t.durationMs));
  const actions = tallies.reduce((s, t) => s + t.actions, 0);
  return [
    { kind: "heading", text: heading },
    {
      kind: "table",
      columns: [{ label: column, width: 4 }, { label: "Actions", align: "right" }, { label: "Heures", align: "right", width: 1.4 }],
      rows: tallies.map((t, i) => [t.label || blank, String(t.actions), hoursText(parts[i]!)]),
      total: ["Total", String(actions), hoursText(total)],
    },
  ];
}
