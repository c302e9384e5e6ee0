/** Above this many (a, b) pairs, sums are kept for the pairs met only, behind a Map. */
const DENSE_LIMIT = 1 << 20;

/**
 * Sums per pair of small ids (a volunteer and a category, say): a count of actions, then
 * `channels` numbers. Actions are summed in journal order, so what is read at random is these
 * sums, not the journal's columns: with a few hundred volunteers and labels they stay in cache.
 *
 *   const at = sums.count(person, category); // one more action for the pair
 *   sums.values[at + 1] += ms;
 */
export class PairSums {
  values: Float64Array;
  private readonly width: number;
  private readonly dense: boolean;
  private readonly sparse = new Map<number, number>();

  constructor(private readonly aCount: number, private readonly bCount: number, channels: number) {
    this.width = channels + 1;
    this.dense = aCount * bCount <= DENSE_LIMIT;
    this.values = new Float64Array((this.dense ? aCount * bCount : 64) * this.width);
  }

  /**
   * Counts `n` more actions for the pair (0 for a later piece of an action spread over its days);
   * returns the offset of its count in `values` (its channels follow).
   */
  count(a: number, b: number, n = 1): number {
    let at: number;
    if (this.dense) at = (a * this.bCount + b) * this.width;
    else at = this.sparseSlot(a * this.bCount + b);
    this.values[at]! += n;
    return at;
  }

  /** Each pair with an action or a non-zero sum, with the offset of its count. */
  forEach(visit: (a: number, b: number, at: number) => void): void {
    const v = this.values;
    if (this.dense) {
      for (let key = 0; key < this.aCount * this.bCount; key++) {
        const at = key * this.width;
        if (v[at]! > 0 || this.anySum(at)) visit(Math.floor(key / this.bCount), key % this.bCount, at);
      }
    } else for (const [key, at] of this.sparse) visit(Math.floor(key / this.bCount), key % this.bCount, at);
  }

  private anySum(at: number): boolean {
    for (let c = 1; c < this.width; c++) if (this.values[at + c] !== 0) return true;
    return false;
  }

  private sparseSlot(key: number): number {
    let at = this.sparse.get(key);
    if (at === undefined) {
      at = this.sparse.size * this.width;
      if (at + this.width > this.values.length) {
        const grown = new Float64Array(this.values.length * 2);
        grown.set(this.values);
        this.values = grown;
      }
      this.sparse.set(key, at);
    }
    return at;
  }
}
