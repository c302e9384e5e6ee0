/**
 * The extension of a file's name ("benevalo-export.csv" → ".csv", "" when it has none), as the
 * command line takes it from a path (Node's path.extname): the last dot and what follows, unless
 * the name starts with its only dots (".csv", "..").
 */
export function fileExtension(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 || base === ".." ? "" : base.slice(dot);
}
