import { identityKey } from "../text/identity";
import type { DocumentCecAssociation, DocumentCecLine, DocumentSection, DocumentVolunteer } from "./documentReport";

/** A volunteer's CEC line for calendar year N, and its hours in the section's association. */
export interface VolunteerCec {
  line: DocumentCecLine;
  /** The line's hours in this association; undefined when it had none there in year N. */
  here?: DocumentCecAssociation;
}

/** The CEC line of the volunteer among those of the section (the CEC names people as the totals do). */
export function volunteerCec(section: DocumentSection, volunteer: DocumentVolunteer): VolunteerCec | undefined {
  const line = section.cecVolunteers.find((l) => l.volunteer === volunteer.volunteer);
  if (!line) return undefined;
  const here = associationLine(section, line);
  return here ? { line, here } : { line };
}

/**
 * The line's hours in the section's association: its spellings share the section's key (the
 * journal's association labels are already grouped); a journal of one association has only those.
 */
export function associationLine(section: DocumentSection, line: DocumentCecLine): DocumentCecAssociation | undefined {
  const own = line.associations.filter((a) => identityKey(a.association) === section.association.key);
  if (own.length) return own[0];
  const all = section.cecAll;
  return all && line.associations.length === 1 ? line.associations[0] : undefined;
}

/** The roles of the line in this association, as written in the roles table or the journal. */
export function rolesText(here: DocumentCecAssociation | undefined): string {
  return here?.roles.length ? here.roles.join(", ") : "";
}

/** A line the association's valideur validates: eligible, or eligible once the role is confirmed. */
export function toValidate(line: DocumentCecLine): boolean {
  return line.status === "eligible" || line.status === "conditional";
}
