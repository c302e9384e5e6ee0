import { type RolesIssue, rolesIssueText } from "../roles/table";
import { type CecSettings, associationConditions } from "./settings";
import { cecRule } from "./rules";

export interface CecNotesOptions {
  settings?: CecSettings;
  associations: readonly string[];
  rolesIssues?: readonly RolesIssue[];
  /** Roles issues written one by one (5 by default), the others counted. */
  rolesIssueLimit?: number;
  rolesTable?: boolean;
}

/** What the CEC figures assume, in French, for the table, the report and the CLI. */
export function cecNotes(year: number, options: CecNotesOptions): string[] {
  const rule = cecRule(year);
  const notes: string[] = [];
  const unknown = options.associations.filter((name) => {
    const c = options.settings && associationConditions(options.settings, name);
    // stated outside CGI art. 200: nothing is assumed, its hours do not count
    return c?.generalInterest !== false && (c?.declaredDay === undefined || c.generalInterest === undefined);
  });
  if (unknown.length) {
    const names = unknown.filter(Boolean).map((n) => `« ${n} »`).join(", ");
    notes.push(
      `Conditions de l'association${names ? ` (${names})` : ""} supposées remplies : déclarée depuis au moins ` +
        `${rule.associationYears} an${rule.associationYears > 1 ? "s" : ""} (${rule.associationSource}), ` +
        "activités d'intérêt général au sens de l'article 200 du CGI.",
    );
  }
  notes.push(
    `Droits cumulés plafonnés à ${rule.capEur} € ; les droits déjà utilisés par le bénévole ne sont pas connus.` +
      (options.rolesTable ? " Les rôles de la table valent pour toutes les années, sauf colonnes Début/Fin." : ""),
  );
  const issues = options.rolesIssues ?? [];
  const limit = options.rolesIssueLimit ?? 5;
  for (const i of issues.slice(0, limit)) notes.push(`Table des rôles, ${rolesIssueText(i)}`);
  if (issues.length > limit) notes.push(`Table des rôles : ${issues.length - limit} autres points à revoir.`);
  return notes;
}
