/** A file the CLI cannot read, with a French message meant for the user. */
export class ReaderError extends Error {
  override name = "ReaderError";
}
