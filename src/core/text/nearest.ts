import { accentlessKey, identityKey } from "./identity";

/** Letters and digits only, accents and case dropped: "Gouvernance (CA, bureau)" and "gouvernance CA-bureau" share it. */
export function spellingKey(text: string): string {
  return accentlessKey(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Levenshtein distance of two texts (insertions, deletions, substitutions), by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The candidate a mistyped text most likely meant: one that differs only by accents, case or
 * punctuation, else the closest within 2 edits. A short text allows fewer edits (a third of its
 * length), so that "CA" never suggests "AG". Ties go to the earlier candidate.
 */
export function nearestText(text: string, candidates: readonly string[]): string | undefined {
  const spelling = spellingKey(text);
  const same = candidates.find((c) => spelling !== "" && spellingKey(c) === spelling);
  if (same !== undefined) return same;
  const key = identityKey(text);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const other = identityKey(c);
    const allowed = Math.min(2, Math.floor(Math.min([...key].length, [...other].length) / 3));
    const distance = editDistance(key, other);
    if (distance <= allowed && distance < bestDistance) [best, bestDistance] = [c, distance];
  }
  return best;
}
