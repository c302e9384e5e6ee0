import { attestationSet } from "../../core/documents/attestations";
import { receiptSet } from "../../core/documents/receipts";
import { checkSettings } from "../../core/settings";
import { today } from "../../core/values/calendar";
import type { DocumentsResult } from "./api";
import { plain, userMessage } from "./errors";
import { documentsInput, parseInput } from "./inputs";
import { loadSource } from "./load";
import { computeReport } from "./report";
import { loadSettings } from "./settingsStore";

/**
 * The year's attestations and CEC kit, or its receipts, as the plain document model: the page draws
 * the PDFs (the PDF library never reaches this bundle). The signature lines are left to fill by hand.
 */
export function getDocuments(input: unknown): DocumentsResult {
  try {
    const { year, settings: sent, association, kind } = parseInput(documentsInput, input);
    let settings = loadSettings().settings;
    if (sent !== undefined) {
      const check = checkSettings(sent);
      if (!check.ok) return { ok: false, message: "Des réglages sont à corriger (voir les champs en rouge)." };
      settings = check.settings;
    }
    const request = { report: computeReport(loadSource(settings.source), settings, year, association), day: today(), signatory: {} };
    return plain({ ok: true, year, kind, ...(kind === "recus" ? receiptSet(request) : attestationSet(request)) });
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}
