// Timing and heap helpers for the benchmark.

import v8 from "node:v8";

export function now(): number {
  return performance.now();
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Full garbage collection when node runs with --expose-gc (no-op otherwise). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export function canMeasureHeap(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === "function";
}

export interface Timing<T> {
  /** Milliseconds of each run. */
  runs: number[];
  medianMs: number;
  /** Result of the last run. */
  last: T;
}

/**
 * Runs `fn` `runs` times and keeps the median. One full collection before the series, none
 * between runs: a forced full GC shrinks V8's young generation, and the next run then pays many
 * small scavenges (measured: 10-24 ms instead of 7-11 ms for 10,000 rows, and far noisier).
 */
export function timeRuns<T>(runs: number, fn: () => T): Timing<T> {
  const times: number[] = [];
  let last!: T;
  collectGarbage();
  for (let i = 0; i < runs; i++) {
    last = undefined as T;
    const t0 = now();
    last = fn();
    times.push(now() - t0);
  }
  return { runs: times, medianMs: median(times), last };
}

export interface HeapWindow<T> {
  result: T;
  /** Highest memory use during the call, above the use before it (bytes). */
  peakAddedBytes: number;
  /** Memory still held after the call (the result), above the use before it (bytes). */
  retainedBytes: number;
}

/**
 * Memory a script holds: the V8 heap and the typed arrays' buffers, which live outside it
 * (the journal's columns are typed arrays: leaving them out would hide most of a report).
 */
function memoryInUse(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Memory added by a synchronous call. The heap only grows between collections, so its highest
 * point is its size before one of the collections during the call, or at the end; buffers are
 * counted as they stand at the end (none is freed before a collection either).
 */
export function measureHeap<T>(fn: () => T): HeapWindow<T> {
  collectGarbage();
  const before = process.memoryUsage();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const result = fn();
  const atEnd = process.memoryUsage();
  const stats = profiler.stop();
  let heapPeak = atEnd.heapUsed;
  for (const s of stats?.statistics ?? []) heapPeak = Math.max(heapPeak, s.beforeGC.heapStatistics.usedHeapSize);
  const peak = heapPeak + Math.max(0, atEnd.arrayBuffers - before.arrayBuffers);
  collectGarbage();
  const retained = memoryInUse() - (before.heapUsed + before.arrayBuffers);
  return { result, peakAddedBytes: peak - before.heapUsed, retainedBytes: retained };
}

/** Memory held by what `build` returns (bytes), measured after full collections. */
export function heapSizeOf<T>(build: () => T): { value: T; bytes: number } {
  collectGarbage();
  const before = memoryInUse();
  const value = build();
  collectGarbage();
  return { value, bytes: memoryInUse() - before };
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "–";
  const abs = Math.abs(bytes);
  if (abs >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (abs >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(0)} MB`;
  if (abs >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return "–";
  return ratio >= 100 ? `${Math.round(ratio)}x` : `${ratio.toFixed(1)}x`;
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US").replace(/,/g, " ");
}
