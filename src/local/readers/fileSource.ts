import { type FileHandle, open } from "node:fs/promises";
import { type ByteSource, CHUNK_BYTES, type RandomAccess } from "./byteSource";

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
