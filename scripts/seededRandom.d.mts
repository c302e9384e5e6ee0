/** mulberry32: small seeded generator, same sequence on every machine. */
export function seededRandom(seed: number): () => number;
