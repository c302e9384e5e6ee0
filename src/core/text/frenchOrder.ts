/** Compares two texts in French alphabetical order (for sort). */
export const frenchOrder = (a: string, b: string): number => a.localeCompare(b, "fr");
