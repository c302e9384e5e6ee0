/**
 * A refusal meant for the user: its message is French, names the row and column, or the option or
 * field, and says what would do. Every entry point shows such a message as it is; any other error
 * is a defect of Valorise, shown as « Erreur inattendue » with how to report it, never its own text.
 * The name is what Sheets shows before the message in a custom function's error tooltip.
 */
export class UserError extends Error {
  override name = "Erreur";
}
