import * as z from "zod/mini";
import { ASSOCIATION_HEADERS } from "../../core/associations/table";
import { sourceSchema } from "../../core/settings";
import { readAliasSheet } from "../sheets/aliasSheet";
import { ASSOCIATION_SHEET } from "../sheets/associationSheet";
import { VOLUNTEER_SHEET } from "../sheets/volunteerSheet";
import { VOLUNTEER_HEADERS } from "../../core/volunteers/table";
import { frenchOrder } from "../../core/text/frenchOrder";
import { ASSOCIATIONS_KEY } from "../sheets/marks";
import { insertTable, sheetNamed } from "../sheets/tableSheet";
import type { AssociationTableResult } from "../../contract/sidebar";
import { InputError, failure, userMessage } from "./errors";
import { INVALID_SOURCE, associationTableInput, parseInput } from "./inputs";
import { parseJournal, readJournalData } from "./load";
import { withDocumentLock } from "./lock";
import { activeSpreadsheet } from "../sheets/activeSpreadsheet";

/**
 * « Créer la table des associations »: a new sheet (the one the settings name, else « Associations »)
 * with its headers and, when the journal the page points at can be read, one row per association it
 * names (grouped by the alias table), in French order, with the usual answers to check. A sheet of
 * that name is never written to. The name, SIREN, RNA and Clôture are text: "007", a leading zero, "31/12" stay as typed.
 * With table "benevoles", « Créer la table des bénévoles »: the sheet « Fiches bénévoles », one row per
 * named volunteer of the journal, the address, vehicle, CV and flags to fill in (the name, Adresse and CV as text).
 */
export function createAssociationTable(input: unknown): AssociationTableResult {
  try {
    const request = parseInput(associationTableInput, input);
    const people = request.table === "benevoles";
    const wanted = people ? VOLUNTEER_SHEET : request.sheet.trim() || ASSOCIATION_SHEET;
    return withDocumentLock((): AssociationTableResult => {
      const spreadsheet = activeSpreadsheet();
      const existing = sheetNamed(spreadsheet, wanted);
      if (existing) return { ok: false, message: `La feuille « ${existing.getName()} » existe déjà : Valorise ne la modifie pas.` };
      let names: string[] = [];
      let unread = "";
      try {
        const source = z.safeParse(sourceSchema(), request.source ?? {});
        if (!source.success) throw new InputError(INVALID_SOURCE);
        const d = readJournalData(source.data);
        const dictionaries = parseJournal(d, readAliasSheet(spreadsheet, source.data.aliasSheet)).actions.dictionaries;
        names = (people ? dictionaries.people.filter((p) => p.key).map((p) => p.display) : dictionaries.labels.association.filter(Boolean))
          .sort(frenchOrder);
      } catch (error) {
        unread = userMessage(error);
      }
      const headers: readonly string[] = people ? VOLUNTEER_HEADERS : ASSOCIATION_HEADERS;
      // blank from « Adresse » on: insertTable pads each row to the headers' width
      const rows = names.map((n) => (people ? [n] : [n, "", "", "", "à vérifier", "ANC 2018-06", "31/12", "métropole"]));
      // marked as one of Valorise's tables, like the associations' (the mark's kind is only "table")
      insertTable(spreadsheet, wanted, [[...headers], ...rows], people ? [1, 2, 4] : [1, 2, 3, 7], ASSOCIATIONS_KEY);
      const what = people ? "bénévole" : "association";
      return { ok: true, sheet: wanted, created: true, message: `Feuille « ${wanted} » créée${unread
        ? `, sans les noms du journal : ${unread}`
        : ` avec ${names.length} ${what}${names.length > 1 ? "s" : ""} du journal : une ligne par ${what}, à compléter.`}` };
    });
  } catch (error) {
    return failure(error);
  }
}
