/** Bytes read per chunk: enough for the parsers to work in long runs, little beside a journal of a million rows. */
export const CHUNK_BYTES = 1 << 20;

/** A file's bytes from the start, chunk by chunk; each call to `chunks` starts over (the encoding is chosen in a first pass). */
export interface ByteSource {
  chunks(): AsyncIterable<Uint8Array>;
}

/** Bytes at any place of a file: what a ZIP archive needs (its directory is at the end). */
export interface RandomAccess {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Bytes already in memory, handed in chunks of `chunkBytes` (tests cut them small to try every boundary). */
export function bytesSource(bytes: Uint8Array, chunkBytes = CHUNK_BYTES): ByteSource & RandomAccess {
  return {
    size: bytes.length,
    async *chunks() {
      for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes);
    },
    read: async (offset, length) => bytes.subarray(offset, offset + length),
  };
}
