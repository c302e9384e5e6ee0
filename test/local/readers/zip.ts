// A ZIP writer, enough to build an XLSX package part by part: stored, or deflated as Excel writes
// its parts; `declared` lets a test write a directory that lies about a part's size.
import { deflateRawSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function header(size: number, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

export interface ZipOptions {
  deflate?: boolean;
  /** Uncompressed size written in the headers instead of the real one, by file name. */
  declared?: Record<string, number>;
}

/** A ZIP archive holding the files given (name -> UTF-8 text), in that order. */
export function zip(files: Record<string, string>, options: ZipOptions = {}): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, "utf8");
    const plain = Buffer.from(text, "utf8");
    const crc = crc32(plain);
    const data = options.deflate ? deflateRawSync(plain, { level: 9 }) : plain;
    const entry = (v: DataView, at: number) => {
      v.setUint16(at, 20, true); // version needed
      v.setUint16(at + 2, 0x0800, true); // UTF-8 names
      v.setUint16(at + 4, options.deflate ? 8 : 0, true); // deflated or stored
      v.setUint32(at + 10, crc, true);
      v.setUint32(at + 14, data.length, true);
      v.setUint32(at + 18, options.declared?.[name] ?? plain.length, true);
      v.setUint16(at + 22, nameBytes.length, true);
    };
    local.push(header(30, (v) => (v.setUint32(0, 0x04034b50, true), entry(v, 4))), nameBytes, data);
    central.push(
      header(46, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, 20, true); // version made by
        entry(v, 6);
        v.setUint32(42, offset, true);
      }),
      nameBytes,
    );
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const count = Object.keys(files).length;
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, count, true);
    v.setUint16(10, count, true);
    v.setUint32(12, centralSize, true);
    v.setUint32(16, offset, true);
  });
  return Buffer.concat([...local, ...central, end]);
}
