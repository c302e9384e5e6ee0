// How Sheets interprets a string typed by a user or written with setValue(s): numbers,
// percentages, booleans, dates, times and durations become typed cells; a leading
// apostrophe forces text; "=" starts a formula.

import { defaultFormats, type Locale } from "./numberFormat";
import { clockToSerial, wallMsToSerial } from "./serial";

export type EnteredCell =
  | { kind: "empty" }
  | { kind: "value"; value: string | number | boolean; format?: string }
  | { kind: "formula"; formula: string };

const NUMBER = {
  en_US: /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/,
  fr_FR: /^[+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)?(?:,\d+)?(?:[eE][+-]?\d+)?$/,
};

function parseNumber(text: string, locale: Locale): number | null {
  if (!/\d/.test(text) || !NUMBER[locale].test(text)) return null;
  const normalized = locale === "fr_FR" ? text.replace(/[ \u00a0\u202f]/g, "").replace(",", ".") : text.replace(/,/g, "");
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

function dayToSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return wallMsToSerial(ms);
}

function parseDate(text: string, locale: Locale): { serial: number; hasTime: boolean } | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?$/.exec(text);
  const local = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}:\d{2}(?::\d{2})?))?$/.exec(text);
  let day: number | null = null;
  let time: string | undefined;
  if (iso) {
    day = dayToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    time = iso[4];
  } else if (local) {
    const [first, second] = [Number(local[1]), Number(local[2])];
    day = locale === "fr_FR" ? dayToSerial(Number(local[3]), second, first) : dayToSerial(Number(local[3]), first, second);
    time = local[4];
  }
  if (day === null) return null;
  return { serial: day + (time ? clockToSerial(time) : 0), hasTime: time !== undefined };
}

export function parseUserEntered(text: string, locale: Locale): EnteredCell {
  if (text === "") return { kind: "empty" };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || (locale === "fr_FR" && upper === "VRAI")) return { kind: "value", value: true };
  if (upper === "FALSE" || (locale === "fr_FR" && upper === "FAUX")) return { kind: "value", value: false };
  const number = parseNumber(trimmed, locale);
  if (number !== null) return { kind: "value", value: number };
  const percent = /^(.*\d)\s*%$/.exec(trimmed);
  if (percent) {
    const value = parseNumber(percent[1], locale);
    if (value !== null) return { kind: "value", value: value / 100, format: "0%" };
  }
  const formats = defaultFormats(locale);
  const date = parseDate(trimmed, locale);
  if (date) return { kind: "value", value: date.serial, format: date.hasTime ? formats.dateTime : formats.date };
  if (/^\d+:\d{1,2}(?::\d{1,2})?$/.test(trimmed)) {
    const serial = clockToSerial(trimmed);
    return { kind: "value", value: serial, format: serial >= 1 ? formats.duration : formats.time };
  }
  return { kind: "value", value: text };
}
