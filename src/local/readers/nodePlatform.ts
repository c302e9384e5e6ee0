import { isAscii, isUtf8 } from "node:buffer";
import { Readable, pipeline } from "node:stream";
import { createInflateRaw } from "node:zlib";
import type { BytePlatform } from "./bytePlatform";

const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The byte work done by Node, natively: what the command line reads files with. */
export const nodePlatform: BytePlatform = {
  latin1: (bytes) => view(bytes).toString("latin1"),
  utf16le: (bytes) => view(bytes).toString("utf16le"),
  swapped16: (bytes) => Buffer.from(bytes).swap16(),
  concat: (parts) => Buffer.concat(parts),
  isUtf8,
  isAscii,
  utf8Length: (text) => Buffer.byteLength(text, "utf8"),
  // the stream is destroyed when its reader stops early (for await's return)
  inflateRaw: (compressed) => pipeline(Readable.from(compressed), createInflateRaw(), () => {}) as AsyncIterable<Buffer>,
};
