// Lists the top-level `function NAME(params)` declarations of a script with the JSDoc block
// right before each: what Apps Script exposes to menus, triggers and Sheets' autocomplete.
import { type Comment, type Node, parse } from "acorn";

export interface TopLevelFunction {
  name: string;
  params: string[];
  /** The JSDoc text ("/** ... *\/") immediately before the declaration, or null. */
  jsdoc: string | null;
  /** 1-based line of the `function` keyword. */
  line: number;
}

interface FunctionDeclaration extends Node {
  type: "FunctionDeclaration";
  id: { name: string };
  params: Array<Node & { type: string; name?: string; left?: { name?: string } }>;
  loc: { start: { line: number } };
}

function paramName(p: FunctionDeclaration["params"][number]): string {
  if (p.type === "Identifier") return p.name!;
  if (p.type === "AssignmentPattern") return p.left?.name ?? "";
  return "";
}

export function listTopLevelFunctions(source: string): TopLevelFunction[] {
  const comments: Comment[] = [];
  const program = parse(source, { ecmaVersion: "latest", sourceType: "script", locations: true, onComment: comments }) as unknown as {
    body: Node[];
  };
  return program.body
    .filter((n): n is FunctionDeclaration => n.type === "FunctionDeclaration")
    .map((fn) => {
      const before = comments.filter((c) => c.end <= fn.start).at(-1);
      const isJsdoc = before?.type === "Block" && before.value.startsWith("*") && source.slice(before.end, fn.start).trim() === "";
      return {
        name: fn.id.name,
        params: fn.params.map(paramName),
        jsdoc: isJsdoc ? `/*${before.value}*/` : null,
        line: fn.loc.start.line,
      };
    });
}
