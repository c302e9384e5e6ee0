// Lists the top-level `function NAME(params)` declarations of a script with the JSDoc block
// right before each: what Apps Script exposes to menus, triggers and Sheets' autocomplete.
import { type Comment, type FunctionDeclaration, type Pattern, parse } from "acorn";

export interface TopLevelFunction {
  name: string;
  params: string[];
  /** The JSDoc text ("/** ... *\/") immediately before the declaration, or null. */
  jsdoc: string | null;
  /** 1-based line of the `function` keyword. */
  line: number;
}

function paramName(p: Pattern): string {
  if (p.type === "Identifier") return p.name;
  if (p.type === "AssignmentPattern" && p.left.type === "Identifier") return p.left.name;
  return "";
}

export function listTopLevelFunctions(source: string): TopLevelFunction[] {
  const comments: Comment[] = [];
  const program = parse(source, { ecmaVersion: "latest", sourceType: "script", locations: true, onComment: comments });
  return program.body
    .filter((n): n is FunctionDeclaration => n.type === "FunctionDeclaration")
    .map((fn) => {
      const before = comments.filter((c) => c.end <= fn.start).at(-1);
      const isJsdoc = before?.type === "Block" && before.value.startsWith("*") && source.slice(before.end, fn.start).trim() === "";
      return {
        name: fn.id.name,
        params: fn.params.map(paramName),
        jsdoc: isJsdoc ? `/*${before.value}*/` : null,
        line: fn.loc!.start.line,
      };
    });
}
