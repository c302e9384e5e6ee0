// Sheets number formats: whether a format makes a number a date/time/duration (getValues
// then returns a Date), and a display renderer for getDisplayValues covering the common
// patterns (dates, times, [h] durations, 0 / # / , / . / % numbers, quoted text).

import { serialToWallMs } from "./serial";

export type Locale = "en_US" | "fr_FR";

type Token =
  | { kind: "literal"; text: string }
  | { kind: "date"; code: string } // y, yy, yyyy, m, mm, mmm, mmmm, d, dd, ddd, dddd
  | { kind: "time"; code: string } // h, hh, m, mm, s, ss, ampm, fraction (.0, .00, .000)
  | { kind: "elapsed"; unit: "h" | "m" | "s"; width: number }
  | { kind: "number"; pattern: string }
  | { kind: "text" };

const tokenCache = new Map<string, Token[][]>();

function sectionsOf(format: string): Token[][] {
  let sections = tokenCache.get(format);
  if (!sections) {
    sections = splitSections(format).map(tokenize);
    tokenCache.set(format, sections);
  }
  return sections;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '"') quoted = !quoted;
    if (char === "\\" && !quoted) {
      current += char + (format[++i] ?? "");
      continue;
    }
    if (char === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += char;
  }
  sections.push(current);
  return sections;
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const push = (token: Token) => {
    const last = tokens[tokens.length - 1];
    if (token.kind === "literal" && last?.kind === "literal") last.text += token.text;
    else tokens.push(token);
  };
  let i = 0;
  while (i < section.length) {
    const rest = section.slice(i);
    const lower = rest.toLowerCase();
    const char = section[i];
    let match: RegExpExecArray | null;
    if (char === '"') {
      const end = section.indexOf('"', i + 1);
      push({ kind: "literal", text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end + 1;
    } else if (char === "\\") {
      push({ kind: "literal", text: section[i + 1] ?? "" });
      i += 2;
    } else if (char === "_") {
      push({ kind: "literal", text: " " });
      i += 2;
    } else if (char === "*") {
      i += 2;
    } else if ((match = /^\[(h+|m+|s+)\]/i.exec(rest))) {
      const unit = match[1][0].toLowerCase() as "h" | "m" | "s";
      tokens.push({ kind: "elapsed", unit, width: match[1].length });
      i += match[0].length;
    } else if (char === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end + 1; // colours and conditions do not change the text
    } else if (lower.startsWith("am/pm") || lower.startsWith("a/p")) {
      tokens.push({ kind: "time", code: "ampm" });
      i += lower.startsWith("am/pm") ? 5 : 3;
    } else if ((match = /^(y+|m+|d+|h+|s+)/i.exec(rest))) {
      const code = match[1].toLowerCase();
      tokens.push({ kind: code[0] === "h" || code[0] === "s" ? "time" : "date", code });
      i += code.length;
    } else if ((match = /^\.0+/.exec(rest)) && tokens.some(isSecondsToken)) {
      tokens.push({ kind: "time", code: match[0] });
      i += match[0].length;
    } else if ((match = /^[0#?,.%]+(?:[eE][+-]0+)?/.exec(rest)) && /[0#?]/.test(match[0])) {
      tokens.push({ kind: "number", pattern: match[0] });
      i += match[0].length;
    } else if (char === "@") {
      tokens.push({ kind: "text" });
      i += 1;
    } else {
      push({ kind: "literal", text: char });
      i += 1;
    }
  }
  return resolveMinutes(tokens);
}

function isSecondsToken(token: Token): boolean {
  return (token.kind === "time" && token.code[0] === "s") || (token.kind === "elapsed" && token.unit === "s");
}

/** "m" means minutes right after an hour token or right before a seconds token. */
function resolveMinutes(tokens: Token[]): Token[] {
  const dateTimeIndexes = tokens.flatMap((t, i) => (t.kind === "date" || t.kind === "time" || t.kind === "elapsed" ? [i] : []));
  dateTimeIndexes.forEach((index, k) => {
    const token = tokens[index];
    if (token.kind !== "date" || token.code[0] !== "m" || token.code.length > 2) return;
    const previous = tokens[dateTimeIndexes[k - 1]];
    const next = tokens[dateTimeIndexes[k + 1]];
    const afterHour = previous && ((previous.kind === "time" && previous.code[0] === "h") || (previous.kind === "elapsed" && previous.unit === "h"));
    if (afterHour || (next && isSecondsToken(next))) tokens[index] = { kind: "time", code: token.code };
  });
  return tokens;
}

/** True when a number under this format is a date, time, date-time or duration. */
const dateTimeFormats = new Map<string, boolean>();

export function isDateTimeFormat(format: string | undefined): boolean {
  if (!format) return false;
  let isDateTime = dateTimeFormats.get(format);
  if (isDateTime === undefined) {
    isDateTime = sectionsOf(format)[0].some((t) => t.kind === "date" || t.kind === "time" || t.kind === "elapsed");
    dateTimeFormats.set(format, isDateTime);
  }
  return isDateTime;
}

export function isTextFormat(format: string | undefined): boolean {
  return format === "@";
}

const MONTHS = {
  en_US: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr_FR: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};
const DAYS = {
  en_US: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  fr_FR: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
};

const pad = (n: number, width: number) => String(Math.trunc(n)).padStart(width, "0");

function renderDateTime(serial: number, tokens: Token[], locale: Locale): string {
  const fraction = tokens.find((t): t is Extract<Token, { kind: "time" }> => t.kind === "time" && t.code.startsWith("."));
  const unitMs = fraction ? 10 ** (4 - fraction.code.length) : 1000;
  const wallMs = Math.round(serialToWallMs(serial) / unitMs) * unitMs;
  const date = new Date(wallMs);
  const elapsedMs = Math.round((serial * 86_400_000) / unitMs) * unitMs;
  const hasAmPm = tokens.some((t) => t.kind === "time" && t.code === "ampm");
  const hours = date.getUTCHours();
  let out = "";
  for (const token of tokens) {
    switch (token.kind) {
      case "literal":
        out += token.text;
        break;
      case "text":
      case "number":
        break;
      case "elapsed": {
        const divisor = token.unit === "h" ? 3_600_000 : token.unit === "m" ? 60_000 : 1000;
        const value = Math.floor(Math.abs(elapsedMs) / divisor);
        out += (elapsedMs < 0 ? "-" : "") + pad(value, token.width);
        break;
      }
      case "date":
        out += renderDateCode(token.code, date, locale);
        break;
      case "time":
        out += renderTimeCode(token.code, date, hasAmPm ? hours % 12 || 12 : hours);
        break;
    }
  }
  return out;
}

function renderDateCode(code: string, date: Date, locale: Locale): string {
  const year = date.getUTCFullYear();
  switch (code[0]) {
    case "y":
      return code.length <= 2 ? pad(year % 100, 2) : pad(year, 4);
    case "m":
      if (code.length >= 4) return MONTHS[locale][date.getUTCMonth()];
      if (code.length === 3) return MONTHS[locale][date.getUTCMonth()].slice(0, 3);
      return pad(date.getUTCMonth() + 1, code.length);
    default: // d
      if (code.length >= 4) return DAYS[locale][date.getUTCDay()];
      if (code.length === 3) return DAYS[locale][date.getUTCDay()].slice(0, 3);
      return pad(date.getUTCDate(), code.length);
  }
}

function renderTimeCode(code: string, date: Date, hours: number): string {
  if (code === "ampm") return date.getUTCHours() < 12 ? "AM" : "PM";
  if (code.startsWith(".")) return "." + pad(date.getUTCMilliseconds(), 3).slice(0, code.length - 1);
  const width = Math.min(code.length, 2);
  if (code[0] === "h") return pad(hours, width);
  if (code[0] === "m") return pad(date.getUTCMinutes(), width);
  return pad(date.getUTCSeconds(), width);
}

function separators(locale: Locale) {
  return locale === "fr_FR" ? { decimal: ",", group: "\u202f" } : { decimal: ".", group: "," };
}

function renderNumber(value: number, pattern: string, locale: Locale): string {
  const { decimal, group } = separators(locale);
  const percent = pattern.includes("%");
  const core = pattern.replace(/%/g, "");
  const [integerPattern, fractionPattern = ""] = core.split(".");
  const minFraction = (fractionPattern.match(/0/g) ?? []).length;
  const maxFraction = (fractionPattern.match(/[0#?]/g) ?? []).length;
  const minInteger = (integerPattern.match(/0/g) ?? []).length;
  const scaled = Math.abs(percent ? value * 100 : value);
  let [integerDigits, fractionDigits = ""] = scaled.toFixed(maxFraction).split(".");
  fractionDigits = fractionDigits.replace(/0+$/, "").padEnd(minFraction, "0");
  if (integerDigits === "0" && minInteger === 0) integerDigits = "";
  integerDigits = integerDigits.padStart(minInteger, "0");
  if (integerPattern.includes(",")) integerDigits = integerDigits.replace(/\B(?=(\d{3})+$)/g, group);
  return integerDigits + (fractionDigits ? decimal + fractionDigits : "") + (percent ? "%" : "");
}

function renderGeneral(value: number, locale: Locale): string {
  const text = String(Number(value.toPrecision(15)));
  return locale === "fr_FR" ? text.replace(".", ",") : text;
}

function renderNumberSections(value: number, format: string, locale: Locale): string {
  const sections = sectionsOf(format);
  const useNegative = value < 0 && sections.length > 1;
  const section = value === 0 && sections.length > 2 ? sections[2] : useNegative ? sections[1] : sections[0];
  const shown = useNegative ? Math.abs(value) : value;
  let out = "";
  let hasNumber = false;
  for (const token of section) {
    if (token.kind === "literal") out += token.text;
    else if (token.kind === "number") {
      out += (shown < 0 ? "-" : "") + renderNumber(shown, token.pattern, locale);
      hasNumber = true;
    }
  }
  return hasNumber || section.length > 0 ? out : renderGeneral(value, locale);
}

/** The text Sheets would display for a stored cell value under a number format. */
export function displayValue(value: unknown, format: string | undefined, locale: Locale): string {
  if (value === undefined || value === null || value === "") return "";
  if (typeof value === "boolean") {
    if (locale === "fr_FR") return value ? "VRAI" : "FAUX";
    return value ? "TRUE" : "FALSE";
  }
  if (typeof value !== "number") return String(value);
  if (!format || format.toLowerCase() === "general" || format === "@") return renderGeneral(value, locale);
  if (isDateTimeFormat(format)) return renderDateTime(value, sectionsOf(format)[0], locale);
  return renderNumberSections(value, format, locale);
}

/** Default display formats Sheets applies when a date or time is entered in the locale. */
export function defaultFormats(locale: Locale) {
  return locale === "fr_FR"
    ? { date: "dd/MM/yyyy", dateTime: "dd/MM/yyyy HH:mm:ss", time: "HH:mm:ss", duration: "[h]:mm:ss" }
    : { date: "M/d/yyyy", dateTime: "M/d/yyyy H:mm:ss", time: "h:mm:ss AM/PM", duration: "[h]:mm:ss" };
}
