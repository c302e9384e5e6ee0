import * as z from "zod/mini";
import { ASSOCIATION_HEADERS } from "../../core/associations/table";
import { sourceSchema } from "../../core/settings";
import { readAliasSheet } from "../sheets/aliasSheet";
import { ASSOCIATION_SHEET } from "../sheets/associationSheet";
import { ASSOCIATIONS_KEY } from "../sheets/marks";
import { insertTable, sheetNamed } from "../sheets/tableSheet";
import type { AssociationTableResult } from "./api";
import { InputError, userMessage } from "./errors";
import { INVALID_SOURCE, associationTableInput, parseInput } from "./inputs";
import { parseJournal, readJournalData } from "./load";
import { BUSY_MESSAGE, withDocumentLock } from "./lock";

/**
 * « Créer la table des associations »: a new sheet (the one the settings name, else « Associations »)
 * with its headers and, when the journal the page points at can be read, one row per association it
 * names (grouped by the alias table), in French order, with the usual answers to check. A sheet of
 * that name is never written to. SIREN, RNA and Clôture are text: a leading zero, "31/12" stay as typed.
 */
export function createAssociationTable(input: unknown): AssociationTableResult {
  try {
    const request = parseInput(associationTableInput, input);
    const wanted = request.sheet.trim() || ASSOCIATION_SHEET;
    const locked = withDocumentLock((): AssociationTableResult => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const existing = sheetNamed(spreadsheet, wanted);
      if (existing) return { ok: false, message: `La feuille « ${existing.getName()} » existe déjà : Valorise ne la modifie pas.` };
      let names: string[] = [];
      let unread = "";
      try {
        const source = z.safeParse(sourceSchema(), request.source ?? {});
        if (!source.success) throw new InputError(INVALID_SOURCE);
        const d = readJournalData(source.data);
        names = parseJournal(d, readAliasSheet(spreadsheet, source.data.aliasSheet)).actions.dictionaries.labels.association
          .filter(Boolean).sort((a, b) => a.localeCompare(b, "fr"));
      } catch (error) {
        unread = userMessage(error);
      }
      // blank from « Adresse » on, whatever columns follow it
      const rows = names.map((n) => [n, "", "", "", "à vérifier", "ANC 2018-06", "31/12", "métropole", ...ASSOCIATION_HEADERS.slice(8).map(() => "")]);
      insertTable(spreadsheet, wanted, [[...ASSOCIATION_HEADERS], ...rows], [2, 3, 7], ASSOCIATIONS_KEY);
      return { ok: true, sheet: wanted, created: true, message: `Feuille « ${wanted} » créée${unread
        ? `, sans les noms du journal : ${unread}`
        : ` avec ${names.length} association${names.length > 1 ? "s" : ""} du journal : une ligne par association, à compléter.`}` };
    });
    return locked.busy ? { ok: false, busy: true, message: BUSY_MESSAGE } : locked.value;
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}
