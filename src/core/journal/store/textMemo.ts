// A journal repeats a few texts (names, categories, associations) on every row. These memos
// remember the id read from each text: a direct-mapped slot, chosen from the text's length and
// end characters and checked with ===, answers most look-ups without hashing; a Map holds them all.
// `get` is kept small on purpose: the engine then inlines it into the row reader's loop.

/** Slots of a text memo (a column has a few dozen labels) and of a pair memo (a few hundred volunteers). */
const SLOTS = 256;
const PAIR_SLOTS = 4096;
/** What `get` answers for a text (or pair) not remembered. */
export const UNKNOWN = -1;

function slotOf(text: string): number {
  const n = text.length;
  return n === 0 ? 0 : n * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(n - 1);
}

function pairSlot(first: string, second: string): number {
  return (slotOf(first) * 613 + slotOf(second) * 31 + second.length) & (PAIR_SLOTS - 1);
}

/** Ids (non-negative whole numbers) remembered by text. */
export class IdMemo {
  private readonly slotText: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly slotId = new Int32Array(SLOTS);
  private readonly all = new Map<string, number>();

  /** The id remembered for the text, or UNKNOWN. */
  get(text: string): number {
    const slot = slotOf(text) & (SLOTS - 1);
    return this.slotText[slot] === text ? this.slotId[slot]! : this.lookUp(text, slot);
  }

  set(text: string, id: number): void {
    this.all.set(text, id);
    this.remember(slotOf(text) & (SLOTS - 1), text, id);
  }

  private lookUp(text: string, slot: number): number {
    const id = this.all.get(text);
    if (id === undefined) return UNKNOWN;
    this.remember(slot, text, id);
    return id;
  }

  private remember(slot: number, text: string, id: number): void {
    this.slotText[slot] = text;
    this.slotId[slot] = id;
  }
}

/** Ids remembered by a pair of texts (a first and a last name). */
export class PairIdMemo {
  private readonly slotFirst: (string | undefined)[] = new Array<string | undefined>(PAIR_SLOTS).fill(undefined);
  private readonly slotSecond: (string | undefined)[] = new Array<string | undefined>(PAIR_SLOTS).fill(undefined);
  private readonly slotId = new Int32Array(PAIR_SLOTS);
  private readonly all = new Map<string, Map<string, number>>();

  /** The id remembered for the pair, or UNKNOWN. */
  get(first: string, second: string): number {
    const slot = pairSlot(first, second);
    return this.slotFirst[slot] === first && this.slotSecond[slot] === second ? this.slotId[slot]! : this.lookUp(first, second, slot);
  }

  set(first: string, second: string, id: number): void {
    let inner = this.all.get(first);
    if (!inner) this.all.set(first, (inner = new Map()));
    inner.set(second, id);
    this.remember(pairSlot(first, second), first, second, id);
  }

  private lookUp(first: string, second: string, slot: number): number {
    const id = this.all.get(first)?.get(second);
    if (id === undefined) return UNKNOWN;
    this.remember(slot, first, second, id);
    return id;
  }

  private remember(slot: number, first: string, second: string, id: number): void {
    this.slotFirst[slot] = first;
    this.slotSecond[slot] = second;
    this.slotId[slot] = id;
  }
}
