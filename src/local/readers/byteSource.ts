import { type FileHandle, open } from "node:fs/promises";

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

/** An open file, read by chunks or at any place; `close` when done. */
export interface OpenFile extends ByteSource, RandomAccess {
  close(): Promise<void>;
}

/** Opens a file for reading (the caller turns a failure into a French message). */
export async function openFile(path: string): Promise<OpenFile> {
  const handle = await open(path, "r");
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: "EISDIR" });
    return fileOf(handle, stat.size);
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function fileOf(handle: FileHandle, size: number): OpenFile {
  const read = async (offset: number, length: number): Promise<Uint8Array> => {
    const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - offset)));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  };
  return {
    size,
    read,
    async *chunks() {
      for (let at = 0; ; ) {
        const chunk = await read(at, CHUNK_BYTES);
        if (chunk.length === 0) return;
        yield chunk;
        at += chunk.length;
      }
    },
    close: () => handle.close(),
  };
}
