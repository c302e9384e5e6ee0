// A journal repeats a few texts (names, categories, associations) on every row. These memos
// remember what was read from each text: a direct-mapped slot, chosen from the text's length and
// end characters and checked with ===, answers most look-ups without hashing; a Map holds them all.

/** Slots of a text memo (a column has a few dozen labels) and of a pair memo (a few hundred volunteers). */
const SLOTS = 256;
const PAIR_SLOTS = 1024;

function slotOf(text: string): number {
  const n = text.length;
  return n === 0 ? 0 : n * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(n - 1);
}

function pairSlot(first: string, second: string): number {
  return (slotOf(first) * 613 + slotOf(second) * 31 + second.length) & (PAIR_SLOTS - 1);
}

/** Values remembered by text. */
export class TextMemo<T> {
  private readonly slotText: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly slotValue: (T | undefined)[] = new Array<T | undefined>(SLOTS).fill(undefined);
  private readonly all = new Map<string, T>();

  get(text: string): T | undefined {
    const slot = slotOf(text) & (SLOTS - 1);
    if (this.slotText[slot] === text) return this.slotValue[slot];
    const value = this.all.get(text);
    if (value !== undefined) this.remember(slot, text, value);
    return value;
  }

  set(text: string, value: T): void {
    this.all.set(text, value);
    this.remember(slotOf(text) & (SLOTS - 1), text, value);
  }

  get size(): number {
    return this.all.size;
  }

  private remember(slot: number, text: string, value: T): void {
    this.slotText[slot] = text;
    this.slotValue[slot] = value;
  }
}

/** Values remembered by a pair of texts (a first and a last name). */
export class PairMemo<T> {
  private readonly slotFirst: (string | undefined)[] = new Array<string | undefined>(PAIR_SLOTS).fill(undefined);
  private readonly slotSecond: (string | undefined)[] = new Array<string | undefined>(PAIR_SLOTS).fill(undefined);
  private readonly slotValue: (T | undefined)[] = new Array<T | undefined>(PAIR_SLOTS).fill(undefined);
  private readonly all = new Map<string, Map<string, T>>();

  get(first: string, second: string): T | undefined {
    const slot = pairSlot(first, second);
    if (this.slotFirst[slot] === first && this.slotSecond[slot] === second) return this.slotValue[slot];
    const value = this.all.get(first)?.get(second);
    if (value !== undefined) this.remember(slot, first, second, value);
    return value;
  }

  set(first: string, second: string, value: T): void {
    let inner = this.all.get(first);
    if (!inner) this.all.set(first, (inner = new Map()));
    inner.set(second, value);
    this.remember(pairSlot(first, second), first, second, value);
  }

  private remember(slot: number, first: string, second: string, value: T): void {
    this.slotFirst[slot] = first;
    this.slotSecond[slot] = second;
    this.slotValue[slot] = value;
  }
}
