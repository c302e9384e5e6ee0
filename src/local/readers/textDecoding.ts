import type { BytePlatform } from "./bytePlatform";
import type { ByteSource } from "./byteSource";
import { ChunkDecoder } from "./chunkDecoder";
import { EncodingScan } from "./encodingScan";
import { ReaderError } from "./errors";
import type { SingleByteEncoding } from "./singleByte";
import { type LineUnits, TextFault, lineAtOffset, lineAtOffsetSync } from "./textFault";

/** The encoding a text file was read in, as the CLI names it to the user. */
export type TextEncoding = "UTF-8" | "UTF-8 avec BOM" | "UTF-16 LE" | "UTF-16 BE" | SingleByteEncoding;

export interface DecodedText {
  /** The text, byte-order mark removed. */
  text: string;
  encoding: TextEncoding;
}

/**
 * Decodes a text file (CSV, JSON) held in memory, choosing its encoding as EncodingScan does. A
 * file that is none of the encodings read (binary, UTF-16 without a mark, bytes undefined in
 * Windows-1252, two encodings mixed) gets a French ReaderError naming the first line at fault.
 */
export function decodeText(bytes: Uint8Array, platform: BytePlatform): DecodedText {
  let encoding: TextEncoding | undefined;
  try {
    const scan = new EncodingScan(platform);
    scan.push(bytes);
    encoding = scan.end();
    const decoder = new ChunkDecoder(encoding, platform);
    return { text: decoder.decode(bytes) + decoder.end(), encoding };
  } catch (error) {
    if (error instanceof TextFault) throw faultError(error, lineAtOffsetSync(bytes, error.offset, lineUnits(encoding), platform));
    throw error;
  }
}

/** A text file being read: its encoding (all its bytes looked at first, when no mark tells it) and its text, chunk by chunk. */
export interface TextStream {
  encoding: TextEncoding;
  texts: AsyncIterable<string>;
}

/**
 * Opens a text file read in chunks: nothing but the chunk being read is held. When the file has no
 * byte-order mark, a first pass over its bytes chooses the encoding (UTF-8 only if all of them
 * are). The errors are decodeText's, thrown when the chunk at fault is reached.
 */
export async function openText(source: ByteSource, platform: BytePlatform): Promise<TextStream> {
  const scan = new EncodingScan(platform);
  try {
    for await (const chunk of source.chunks()) {
      scan.push(chunk);
      if (scan.decided) break;
    }
    const encoding = scan.end();
    return { encoding, texts: decodeChunks(source, encoding, platform) };
  } catch (error) {
    if (error instanceof TextFault) throw faultError(error, await lineAtOffset(source.chunks(), error.offset, "byte", platform));
    throw error;
  }
}

async function* decodeChunks(source: ByteSource, encoding: TextEncoding, platform: BytePlatform): AsyncGenerator<string> {
  const decoder = new ChunkDecoder(encoding, platform);
  try {
    for await (const chunk of source.chunks()) {
      const text = decoder.decode(chunk);
      if (text) yield text;
    }
    const text = decoder.end();
    if (text) yield text;
  } catch (error) {
    if (error instanceof TextFault) throw faultError(error, await lineAtOffset(source.chunks(), error.offset, lineUnits(encoding), platform));
    throw error;
  }
}

function lineUnits(encoding: TextEncoding | undefined): LineUnits {
  return encoding === "UTF-16 LE" ? "utf16le" : encoding === "UTF-16 BE" ? "utf16be" : "byte";
}

function faultError(fault: TextFault, line: number): ReaderError {
  return new ReaderError(`Ligne ${line} : ${fault.problem}`);
}
