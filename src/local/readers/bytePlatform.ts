/**
 * The byte work the readers' rules leave to the platform reading the file: Node does it natively
 * (nodePlatform.ts, the command line), a browser in plain JavaScript (plainBytes.ts, and zlib's
 * inflate ported to JavaScript: src/sidebar/import/browserPlatform.ts, the sidebar's import). Every rule (which encoding, which
 * rows, what a cell means) stays in the readers and is the same for both; these functions only
 * turn bytes into bytes or text, and must give the same result on both.
 */
export interface BytePlatform {
  /** Each byte as the character of the same code (Latin-1): the rules match byte patterns against it. */
  latin1(bytes: Uint8Array): string;
  /** Text of UTF-16 code units stored little-endian, a lone surrogate kept as it is. */
  utf16le(bytes: Uint8Array): string;
  /** A copy of the bytes with each pair swapped (UTF-16 BE to LE). */
  swapped16(bytes: Uint8Array): Uint8Array;
  /** The bytes one after the other, in a new array. */
  concat(parts: readonly Uint8Array[]): Uint8Array;
  isUtf8(bytes: Uint8Array): boolean;
  isAscii(bytes: Uint8Array): boolean;
  /** Bytes of the text in UTF-8. */
  utf8Length(text: string): number;
  /**
   * The bytes of a raw DEFLATE stream (RFC 1951: a ZIP entry's data), inflated as they come, in
   * pieces of at most 16 KB, as Node's zlib streams hand them. A stream that is not DEFLATE, or
   * stops before its end, throws (in any language: the caller turns it into a French refusal).
   */
  inflateRaw(compressed: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
}
