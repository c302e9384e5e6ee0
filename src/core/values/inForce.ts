/** The latest of dated items (oldest first) in force in `year`; undefined before the first one. */
export function inForce<T extends { fromYear: number }>(items: readonly T[], year: number): T | undefined {
  let found: T | undefined;
  for (const item of items) if (item.fromYear <= year) found = item;
  return found;
}
