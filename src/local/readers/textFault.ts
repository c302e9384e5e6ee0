import type { BytePlatform } from "./bytePlatform";

/**
 * A fault in a text file's bytes, at a byte offset: the reader turns it into "Ligne N : problem",
 * counting the lines before it only then (a file read in chunks is read again up to the fault).
 */
export class TextFault extends Error {
  override name = "TextFault";

  constructor(readonly offset: number, readonly problem: string) {
    super(problem);
  }
}

/** Line number (from 1) of the position that follows this text: CRLF, LF and a lone CR each end a line. */
export function lineAfter(textBefore: string): number {
  return (textBefore.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** How bytes stand for line breaks: one byte each (UTF-8, Windows-1252...), or UTF-16 code units in either order. */
export type LineUnits = "byte" | "utf16le" | "utf16be";

/**
 * Counts the line breaks of bytes fed in chunks, as lineAfter counts them in the text: a CR ending
 * one chunk and the LF starting the next are one break.
 */
class LineCounter {
  private breaks = 0;
  private endsWithCr = false;
  /** An odd byte of UTF-16 left over by the previous chunk. */
  private odd: Uint8Array = new Uint8Array();

  constructor(private readonly units: LineUnits, private readonly platform: BytePlatform) {}

  feed(bytes: Uint8Array): void {
    const text = this.textOf(bytes);
    if (!text) return;
    this.breaks += lineAfter(text) - 1;
    if (this.endsWithCr && text.charCodeAt(0) === 0x0a) this.breaks--;
    this.endsWithCr = text.charCodeAt(text.length - 1) === 0x0d;
  }

  /** The line of the position after the bytes fed. */
  line(): number {
    return this.breaks + 1;
  }

  private textOf(bytes: Uint8Array): string {
    const { platform } = this;
    if (this.units === "byte") return platform.latin1(bytes);
    const all = this.odd.length ? platform.concat([this.odd, bytes]) : bytes;
    const even = all.subarray(0, all.length & ~1);
    this.odd = all.slice(even.length);
    return platform.utf16le(this.units === "utf16be" ? platform.swapped16(even) : even);
  }
}

/** Line of the byte at `offset` in bytes read by chunks. */
export async function lineAtOffset(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  offset: number,
  units: LineUnits,
  platform: BytePlatform,
): Promise<number> {
  const counter = new LineCounter(units, platform);
  let at = 0;
  for await (const chunk of chunks) {
    if (at >= offset) break;
    counter.feed(chunk.subarray(0, offset - at));
    at += chunk.length;
  }
  return counter.line();
}

/** lineAtOffset for bytes in memory. */
export function lineAtOffsetSync(bytes: Uint8Array, offset: number, units: LineUnits, platform: BytePlatform): number {
  const counter = new LineCounter(units, platform);
  counter.feed(bytes.subarray(0, offset));
  return counter.line();
}
