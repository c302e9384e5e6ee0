/**
 * Builds a value on first use. Schemas are built this way: the Apps Script bundle loads on every
 * custom-function call, and building every zod schema at load would cost each call several ms.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
