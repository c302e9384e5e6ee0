import { inflate, inflateEnd, inflateInit2 } from "pako/lib/zlib/inflate.js";
import ZStream from "pako/lib/zlib/zstream.js";
import type { BytePlatform } from "../../local/readers/bytePlatform";
import { plainBytes } from "../../local/readers/plainBytes";

// zlib's return codes (zlib.h)
const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_BUF_ERROR = -5;
const Z_NO_FLUSH = 0;
/** A raw DEFLATE stream, without zlib's header and checksum: what a ZIP entry holds. */
const RAW_WINDOW_BITS = -15;
/** Bytes of each output buffer of a Node zlib stream (zlib.constants.Z_DEFAULT_CHUNK). */
const CHUNK_BYTES = 16 * 1024;

/**
 * A raw DEFLATE stream inflated as Node's zlib streams inflate it, so that the sidebar reads and
 * refuses exactly what the command line does: zlib's own inflate, in JavaScript (pako 1.0,
 * https://github.com/nodeca/pako, MIT and zlib licences), driven as Node's lib/zlib.js drives the
 * C one. Each input piece is inflated into 16 KB buffers; a full buffer is handed and a new one
 * begun, and at the end of a piece what the current buffer holds is handed, the next bytes
 * filling the rest of it. What follows the stream's end is not read. A stream that stops before
 * its end, or that zlib refuses, throws with zlib's message.
 */
async function* inflateRaw(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const strm = new ZStream();
  if (inflateInit2(strm, RAW_WINDOW_BITS) !== Z_OK) throw new Error(strm.msg);
  let buffer = new Uint8Array(CHUNK_BYTES);
  let offset = 0;
  let ended = false;
  try {
    for await (const piece of compressed) {
      if (ended) continue;
      strm.input = piece;
      strm.next_in = 0;
      strm.avail_in = piece.length;
      for (;;) {
        strm.output = buffer;
        strm.next_out = offset;
        strm.avail_out = CHUNK_BYTES - offset;
        const status = inflate(strm, Z_NO_FLUSH);
        // as Node's zlib binding: no progress for want of input is no error until the input ends
        if (status !== Z_OK && status !== Z_STREAM_END && status !== Z_BUF_ERROR) throw new Error(strm.msg || `zlib ${status}`);
        const have = strm.next_out - offset;
        if (have > 0) yield buffer.subarray(offset, offset + have);
        offset += have;
        const full = strm.avail_out === 0;
        if (full) {
          buffer = new Uint8Array(CHUNK_BYTES);
          offset = 0;
        }
        if (status === Z_STREAM_END) {
          ended = true;
          break;
        }
        if (!full) break; // the piece is all read
      }
    }
  } finally {
    inflateEnd(strm);
  }
  if (!ended) throw new Error("unexpected end of file");
}

/** The byte work in a browser: plain JavaScript, and zlib's inflate ported to it. */
export const browserPlatform: BytePlatform = { ...plainBytes, inflateRaw };
