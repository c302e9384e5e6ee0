import * as z from "zod/mini";
import { dayFromParts } from "../values/calendar";

/*
 * Settings checks written with the few zod constructs the schemas need anyway (object, optional,
 * custom, refine, and plain check functions): each other construct (z.string, z.number, z.boolean,
 * z.unknown, z.iso.date, z.int, z.minimum, z.positive, z.enum, z.union, z.literal, z.regex,
 * z.maxLength, z.array, z._default, z.superRefine...) brings its own classes, 0.2 to 3 KB of
 * dist/Code.js, loaded on every custom-function call. Each helper accepts exactly what the construct
 * it replaces accepts, reports its issue at the same path with the same message, and stops the
 * object-level refinements (a non-continuable issue) in the same cases: a wrong type or value aborts
 * (z.custom aborts by default), a failed format or bound does not (z.refine does not).
 * dist/Code.js runs these schemas on src/addon/zodLite.ts, which has only the constructs used here:
 * another one must be added there too (test/addon/zodLite.test.ts fails until it is).
 */

/** A string (z.string()). */
export const string = () => z.custom<string>((v) => typeof v === "string");

/** A finite number (z.number()). */
export const number = () => z.custom<number>((v) => typeof v === "number" && Number.isFinite(v));

/** A boolean (z.boolean()). */
export const boolean = () => z.custom<boolean>((v) => typeof v === "boolean");

/** "AAAA-MM-JJ" naming a real day, years 0000 to 9999: what z.iso.date() accepts. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  // The Gregorian calendar repeats every 400 years, and Date.UTC reads years 0 to 99 as 1900 to 1999.
  return !!m && dayFromParts(2000 + (+m[1]! % 400), +m[2]!, +m[3]!) !== undefined;
}

/** A string of `max` characters at most (z.maxLength). */
export const text = (max: number) => string().check(z.refine((v) => v.length <= max));

/** A string matching `pattern` (z.regex; the patterns here have no g or y flag). */
export const matching = (pattern: RegExp) => string().check(z.refine((v) => pattern.test(v)));

/** An ISO date (z.iso.date()), or also "" when `orEmpty`. */
export const isoDate = (orEmpty?: boolean) => string().check(z.refine((v) => (orEmpty && v === "") || isIsoDate(v)));

/** A whole number from `min` to `max` (z.int() with z.minimum and z.maximum: a fraction aborts, a bound does not). */
export const integer = (min: number, max: number) =>
  number().check(z.refine(Number.isInteger, { abort: true }), z.refine((v) => v >= min && v <= max));

/** One of `values` (z.enum, or z.literal for one value). */
export const oneOf = <const T extends readonly (string | number)[]>(values: T) =>
  z.custom<T[number]>((v) => (values as readonly unknown[]).includes(v));

/** A number or a string (z.union([z.number(), z.string()])). */
export const numberOrString = () =>
  z.custom<number | string>((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)));

/**
 * An array of `max` items at most of `element` (z.array with z.maxLength): anything else aborts,
 * before any item is read; each item is checked by `element`, its issues reported under its index
 * with their own abort flag, and the output holds each item's output (z.array's loop, run from a
 * check of the array custom).
 */
export const list = <T extends z.ZodMiniType>(element: T, max: number) =>
  z.custom<unknown[]>((v) => Array.isArray(v) && v.length <= max).check((payload) => {
    const input = payload.value;
    const out = (payload.value = Array(input.length));
    for (let i = 0; i < input.length; i++) {
      const result = element._zod.run({ value: input[i], issues: [] }, { async: false }) as z.core.ParsePayload;
      for (const issue of result.issues) {
        ((issue as { path?: PropertyKey[] }).path ??= []).unshift(i);
        payload.issues.push(issue);
      }
      out[i] = result.value;
    }
  }) as unknown as z.ZodMiniArray<T>;

/** A field filled in with `value` when absent or undefined (z._default), in an object made by `withDefaults`. */
export const withDefault = <T extends z.ZodMiniType>(inner: T, value: z.core.util.NoUndefined<z.output<T>>) =>
  Object.assign(z.optional(inner), { fallback: value }) as unknown as z.ZodMiniDefault<T>;

/**
 * z.object(shape) whose `withDefault` fields are filled in once its own fields are checked (with no
 * issue that aborts: what reads them, its refinements and its parent's, runs in no other case), in
 * the shape's key order as z.object writes them: a default object a fresh copy each time.
 */
export const withDefaults = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object(shape).check((payload) => {
    const parsed = payload.value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      const fallback = (shape[key] as { fallback?: unknown }).fallback;
      if (fallback === undefined) {
        if (key in parsed) out[key] = parsed[key];
      } else out[key] = parsed[key] !== undefined ? parsed[key] : typeof fallback === "object" ? { ...fallback } : fallback;
    }
    payload.value = out as typeof payload.value;
  });
