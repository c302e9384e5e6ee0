// Writes the top-level function declarations Apps Script needs: it only sees `function NAME(...)`
// at the top level, and Sheets' autocomplete only reads the JSDoc of functions marked @customfunction.

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9]$|^[A-Za-z]$/;

function jsDoc(entry) {
  const lines = [entry.customFunction.description, ""];
  for (const p of entry.params) {
    lines.push(`@param {${p.type}} ${p.name} ${p.optional ? "(facultatif) " : ""}${p.description}`);
  }
  lines.push(`@return ${entry.customFunction.returns}`, "@customfunction");
  return ["/**", ...lines.map((l) => (l ? ` * ${l}` : " *")), " */"].join("\n");
}

export function renderEntryPoints(entryPoints, target) {
  const seen = new Set();
  return entryPoints
    .map((entry) => {
      if (!IDENTIFIER.test(entry.name) || seen.has(entry.name)) throw new Error(`bad or duplicate entry point name: ${entry.name}`);
      seen.add(entry.name);
      // the parameters' names only matter where Sheets shows them: a custom function's autocomplete
      const params = entry.customFunction ? entry.params.map((p) => p.name).join(",") : "";
      // One line each: only the name, the parameters and the JSDoc show in Apps Script and in Sheets.
      // A plain call (no entry point reads `this`): shorter than `.apply(null,arguments)`.
      const body = `function ${entry.name}(${params}){return ${target}.${entry.name}(...arguments)}`;
      return entry.customFunction ? `${jsDoc(entry)}\n${body}` : body;
    })
    .join("\n")
    .concat("\n");
}
