// Lists the top-level `function NAME(params)` declarations of a script with the JSDoc block
// right before each, to check what Apps Script will expose (menus, custom functions).
// A small scanner skips strings, template literals, regex literals and comments, and
// tracks brace depth, so nested functions and text inside literals are ignored.

export interface TopLevelFunction {
  name: string;
  params: string[];
  /** The JSDoc text ("/** ... *\/") immediately before the declaration, or null. */
  jsdoc: string | null;
  /** 1-based line of the `function` keyword. */
  line: number;
}

const REGEX_CAN_FOLLOW = /(?:^|[=(,:;!&|?{}[+\-*%<>~^]|\breturn|\btypeof|\bcase|\bdo|\belse|\bin|\bof|\bvoid|\bnew|\bdelete|\bthrow|\byield|\bawait)\s*$/;

export function listTopLevelFunctions(source: string): TopLevelFunction[] {
  const found: TopLevelFunction[] = [];
  let depth = 0;
  let lastJsdoc: { text: string; end: number } | null = null;
  // Last character outside comments and whitespace: a declaration starts a statement.
  let previous = "";
  let newlineSincePrevious = false;
  let i = 0;
  const length = source.length;

  const skipString = (quote: string) => {
    i++;
    while (i < length && source[i] !== quote) i += source[i] === "\\" ? 2 : 1;
    i++;
  };
  const skipTemplate = () => {
    i++;
    while (i < length && source[i] !== "`") {
      if (source[i] === "\\") i += 2;
      else if (source[i] === "$" && source[i + 1] === "{") {
        i += 2;
        let inner = 1;
        while (i < length && inner > 0) {
          const c = source[i];
          if (c === "'" || c === '"') skipString(c);
          else if (c === "`") skipTemplate();
          else {
            if (c === "{") inner++;
            if (c === "}") inner--;
            i++;
          }
        }
      } else i++;
    }
    i++;
  };
  const skipRegex = () => {
    i++;
    let inClass = false;
    while (i < length && (inClass || source[i] !== "/")) {
      if (source[i] === "\\") i++;
      else if (source[i] === "[") inClass = true;
      else if (source[i] === "]") inClass = false;
      else if (source[i] === "\n") return;
      i++;
    }
    i++;
  };

  while (i < length) {
    const c = source[i];
    const isComment = c === "/" && (source[i + 1] === "*" || source[i + 1] === "/");
    if (c === "\n") newlineSincePrevious = true;
    if (!isComment && !/\s/.test(c)) {
      // After a newline, automatic semicolon insertion ends a statement that ends in a value.
      const statementStart = previous === "" || previous === ";" || previous === "}" || (newlineSincePrevious && /[\w$)\]'"`]/.test(previous));
      previous = c;
      newlineSincePrevious = false;
      if (depth === 0 && statementStart && c === "f") {
        const match = /^function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(([^)]*)\)/.exec(source.slice(i, i + 2000));
        if (match) {
          const between = lastJsdoc ? source.slice(lastJsdoc.end, i) : "";
          found.push({
            name: match[1],
            params: match[2].split(",").map((p) => p.trim().replace(/\s*=[\s\S]*$/, "")).filter(Boolean),
            jsdoc: lastJsdoc && /^\s*$/.test(between) ? lastJsdoc.text : null,
            line: source.slice(0, i).split("\n").length,
          });
          i += match[0].length;
          previous = ")";
          continue;
        }
      }
    }
    if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end < 0 ? length : end + 2;
      if (source[i + 2] === "*" && source[i + 3] !== "/") lastJsdoc = { text: source.slice(i, stop), end: stop };
      i = stop;
    } else if (c === "/" && source[i + 1] === "/") {
      const end = source.indexOf("\n", i);
      i = end < 0 ? length : end;
    } else if (c === "'" || c === '"') skipString(c);
    else if (c === "`") skipTemplate();
    else if (c === "/") {
      if (REGEX_CAN_FOLLOW.test(source.slice(Math.max(0, i - 12), i))) skipRegex();
      else i++;
    } else if (c === "{") {
      depth++;
      i++;
    } else if (c === "}") {
      depth--;
      i++;
    } else if (/[\w$]/.test(c)) {
      const word = /^[\w$]+/.exec(source.slice(i, i + 200));
      i += word ? word[0].length : 1;
      previous = source[i - 1];
    } else i++;
  }
  return found;
}
