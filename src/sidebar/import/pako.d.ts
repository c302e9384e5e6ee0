// The low-level inflate of pako 1.0 (zlib's inflate.c ported to JavaScript): what browserPlatform.ts uses of it.
declare module "pako/lib/zlib/zstream.js" {
  /** zlib's z_stream: input and output buffers with their positions, the error message. */
  export default class ZStream {
    input: Uint8Array | null;
    next_in: number;
    avail_in: number;
    output: Uint8Array | null;
    next_out: number;
    avail_out: number;
    msg: string;
  }
}

declare module "pako/lib/zlib/inflate.js" {
  import type ZStream from "pako/lib/zlib/zstream.js";
  export function inflateInit2(strm: ZStream, windowBits: number): number;
  export function inflate(strm: ZStream, flush: number): number;
  export function inflateEnd(strm: ZStream): number;
}
