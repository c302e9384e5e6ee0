/** « En-têtes trouvés : « Nom », « Date ». » (« aucun » when all are blank): how a table missing a column says what it has. */
export function headersFound(headers: readonly string[]): string {
  return `En-têtes trouvés : ${headers.filter(Boolean).map((h) => `« ${h} »`).join(", ") || "aucun"}.`;
}
