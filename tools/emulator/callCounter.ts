// Counts service calls per "Type.method", so tests can show a report's cost does not grow
// with the number of rows.

export class CallCounter {
  private readonly counts = new Map<string, number>();

  record(typeName: string, method: string): void {
    const key = `${typeName}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Total calls, or the calls of one "Type.method" key. */
  count(key?: string): number {
    if (key !== undefined) return this.counts.get(key) ?? 0;
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  /** Per-method counts, keys sorted. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
