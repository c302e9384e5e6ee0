/**
 * Paths inside a ZIP archive ("xl/worksheets/sheet1.xml"), as Node's path.posix makes them
 * (https://nodejs.org/api/path.html), for the relationships between a workbook's parts: "/"
 * between names, and no platform to ask. dirname and basename follow the code of Node's
 * lib/path.js (MIT licence); test/local/readers/archivePath.test.ts compares all four with it.
 */

/** The folder of a path: "xl" for "xl/workbook.xml", "." for "workbook.xml". */
export function dirname(path: string): string {
  if (path.length === 0) return ".";
  const hasRoot = path.startsWith("/");
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path[i] === "/") {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else matchedSlash = false;
  }
  if (end === -1) return hasRoot ? "/" : ".";
  if (hasRoot && end === 1) return "//";
  return path.slice(0, end);
}

/** The last name of a path: "workbook.xml" for "xl/workbook.xml". */
export function basename(path: string): string {
  let start = 0;
  let end = -1;
  for (let i = path.length - 1; i >= 0; --i) {
    if (path[i] === "/") {
      if (end !== -1) {
        start = i + 1;
        break;
      }
    } else if (end === -1) end = i + 1;
  }
  return end === -1 ? "" : path.slice(start, end);
}

/** The paths joined by "/" and normalised; empty ones left out. */
export function joinPath(...paths: string[]): string {
  const joined = paths.filter((p) => p !== "").join("/");
  return joined === "" ? "." : normalize(joined);
}

/** "." and empty names dropped, ".." taking out the name before it (kept at the start of a relative path). */
export function normalize(path: string): string {
  if (path === "") return ".";
  const absolute = path.startsWith("/");
  const trailing = path.endsWith("/");
  const names: string[] = [];
  for (const name of path.split("/")) {
    if (name === "" || name === ".") continue;
    if (name !== "..") names.push(name);
    else if (names.length && names[names.length - 1] !== "..") names.pop();
    else if (!absolute) names.push("..");
  }
  if (!names.length) return absolute ? "/" : trailing ? "./" : ".";
  return (absolute ? "/" : "") + names.join("/") + (trailing ? "/" : "");
}
