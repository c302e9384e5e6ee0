// Utilities.formatDate: java.text.SimpleDateFormat patterns (English names) over the
// wall clock of the instant in the given zone ("Europe/Paris", or "GMT+1" / "GMT+01:00").

import { intlWallClock } from "../../src/local/timezone";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function fixedOffsetMinutes(timeZone: string): number | null {
  if (timeZone === "GMT" || timeZone === "UTC") return 0;
  const match = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!match) return null;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

function wallClockOf(date: Date, timeZone: string): number {
  const fixed = fixedOffsetMinutes(timeZone);
  return fixed !== null ? date.getTime() + fixed * 60_000 : intlWallClock(timeZone)(date);
}

const pad = (n: number, width: number) => (n < 0 ? "-" : "") + String(Math.abs(n)).padStart(width, "0");

function offsetText(offsetMs: number, letter: "Z" | "X", count: number): string {
  const totalMinutes = Math.round(offsetMs / 60_000);
  if (letter === "X" && totalMinutes === 0) return "Z";
  const sign = totalMinutes < 0 ? "-" : "+";
  const hours = pad(Math.floor(Math.abs(totalMinutes) / 60), 2);
  const minutes = pad(Math.abs(totalMinutes) % 60, 2);
  if (letter === "X") return count === 1 ? sign + hours : count === 2 ? sign + hours + minutes : `${sign}${hours}:${minutes}`;
  return sign + hours + minutes;
}

function zoneName(date: Date, timeZone: string, offsetMs: number, long: boolean): string {
  if (fixedOffsetMinutes(timeZone) !== null) return `GMT${offsetText(offsetMs, "X", 3).replace("Z", "")}`;
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: long ? "long" : "short" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

function field(letter: string, count: number, wall: Date, date: Date, timeZone: string, offsetMs: number): string {
  const year = wall.getUTCFullYear();
  const hour = wall.getUTCHours();
  switch (letter) {
    case "G":
      return year > 0 ? "AD" : "BC";
    case "y":
    case "Y":
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    case "M":
    case "L":
      if (count >= 4) return MONTHS[wall.getUTCMonth()];
      if (count === 3) return MONTHS[wall.getUTCMonth()].slice(0, 3);
      return pad(wall.getUTCMonth() + 1, count);
    case "d":
      return pad(wall.getUTCDate(), count);
    case "D": {
      const dayOfYear = Math.floor((wall.getTime() - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
      return pad(dayOfYear, count);
    }
    case "E":
      return count >= 4 ? DAYS[wall.getUTCDay()] : DAYS[wall.getUTCDay()].slice(0, 3);
    case "u":
      return pad(wall.getUTCDay() || 7, count);
    case "a":
      return hour < 12 ? "AM" : "PM";
    case "H":
      return pad(hour, count);
    case "k":
      return pad(hour || 24, count);
    case "K":
      return pad(hour % 12, count);
    case "h":
      return pad(hour % 12 || 12, count);
    case "m":
      return pad(wall.getUTCMinutes(), count);
    case "s":
      return pad(wall.getUTCSeconds(), count);
    case "S":
      return pad(wall.getUTCMilliseconds(), count);
    case "Z":
    case "X":
      return offsetText(offsetMs, letter, count);
    case "z":
      return zoneName(date, timeZone, offsetMs, count >= 4);
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, format: string): string {
  const wallMs = wallClockOf(date, timeZone);
  const wall = new Date(wallMs);
  const offsetMs = wallMs - date.getTime();
  let out = "";
  for (let i = 0; i < format.length; ) {
    const char = format[i];
    if (char === "'") {
      if (format[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Quoted text; '' inside it is a literal quote.
      i++;
      while (i < format.length) {
        if (format[i] === "'" && format[i + 1] === "'") {
          out += "'";
          i += 2;
        } else if (format[i] === "'") {
          i++;
          break;
        } else out += format[i++];
      }
    } else if (/[A-Za-z]/.test(char)) {
      let count = 1;
      while (format[i + count] === char) count++;
      out += field(char, count, wall, date, timeZone, offsetMs);
      i += count;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}
