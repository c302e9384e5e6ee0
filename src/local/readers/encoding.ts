import type { ByteSource } from "./byteSource";
import { nodePlatform } from "./nodePlatform";
import * as text from "./textDecoding";

export type { TextEncoding, DecodedText, TextStream } from "./textDecoding";
export { lineAfter } from "./textFault";

/** textDecoding's decodeText, with Node's byte functions: a text file (CSV, JSON) held in memory. */
export function decodeText(bytes: Uint8Array): text.DecodedText {
  return text.decodeText(bytes, nodePlatform);
}

/** textDecoding's openText, with Node's byte functions: a text file read in chunks. */
export function openText(source: ByteSource): Promise<text.TextStream> {
  return text.openText(source, nodePlatform);
}
