// Which property names the add-on's code reaches through a string known only at run time, found
// with the TypeScript checker: a shortened name (scripts/build.mjs, mangleProps) must be none of
// them, or obj[key] would look for the long name where the bundle wrote the short one.
import ts from "typescript";

const SCALAR = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.BooleanLike |
  ts.TypeFlags.ESSymbolLike | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Never |
  ts.TypeFlags.Any | ts.TypeFlags.Unknown;

export interface StringKeys {
  /** Property name → the first places that reach it by a string. */
  names: Map<string, string[]>;
}

/**
 * Reads `sources` (the bundle's inputs) and `protocol` (files whose types all cross JSON, e.g. the
 * sidebar's google.script.run types), with the project's tsconfig. Counts as reached by a string:
 * - the keys of an object literal typed as a dictionary (an index signature: Record<string, T>);
 * - obj[key] with a string key: that key when it is a literal (or a union of literals), else
 *   every property of obj's type (before a cast too);
 * - "key" in obj (that key), key in obj (every property of obj), for (k in obj), Object.keys,
 *   entries, values, assign: every property of the object's type;
 * - Object.fromEntries: every property of the type its result is used as;
 * - JSON.parse and JSON.stringify, and the protocol's types: every property, nested.
 */
export function stringKeys(sources: readonly string[], protocol: readonly string[], tsconfig = "tsconfig.json"): StringKeys {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error(`${tsconfig} illisible`);
  const roots = [...sources, ...protocol].map((f) => ts.sys.resolvePath(f));
  const program = ts.createProgram(roots, config.options);
  const checker = program.getTypeChecker();
  const names = new Map<string, string[]>();

  const note = (name: string, why: string) => {
    const list = names.get(name) ?? [];
    if (list.length < 3) list.push(why);
    names.set(name, list);
  };
  const where = (n: ts.Node) => {
    const sf = n.getSourceFile();
    return `${sf.fileName.slice(ts.sys.getCurrentDirectory().length + 1)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  };
  const parts = (type: ts.Type): ts.Type[] => (type.isUnionOrIntersection() ? type.types.flatMap(parts) : [type]);
  const propertiesOf = (type: ts.Type, why: string) => {
    for (const t of parts(type)) for (const p of checker.getPropertiesOfType(checker.getApparentType(t))) note(p.name, why);
  };
  const nested = (type: ts.Type, why: string, seen = new Set<ts.Type>()) => {
    for (const t of parts(type)) {
      if (seen.has(t) || t.flags & SCALAR) continue;
      seen.add(t);
      if (checker.isArrayLikeType(t)) {
        for (const a of checker.getTypeArguments(t as ts.TypeReference) ?? []) nested(a, why, seen);
        continue;
      }
      for (const info of checker.getIndexInfosOfType(t)) nested(info.type, why, seen);
      for (const p of checker.getPropertiesOfType(t)) {
        note(p.name, why);
        const declaration = p.valueDeclaration ?? p.declarations?.[0];
        if (declaration) nested(checker.getTypeOfSymbolAtLocation(p, declaration), why, seen);
      }
    }
  };
  const isDictionary = (type: ts.Type | undefined) =>
    !!type && parts(type).some((t) => checker.getIndexInfosOfType(t).length > 0 || (t.flags & ts.TypeFlags.Any) !== 0);
  const stringLiterals = (type: ts.Type): string[] | undefined => {
    const all = parts(type);
    return all.every((t) => t.isStringLiteral()) ? all.map((t) => (t as ts.StringLiteralType).value) : undefined;
  };
  const uncast = (e: ts.Expression): ts.Expression =>
    ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e) ? uncast(e.expression) : e;
  const outer = (e: ts.Expression): ts.Expression => {
    let n: ts.Expression = e;
    while (ts.isAsExpression(n.parent) || ts.isParenthesizedExpression(n.parent) || ts.isSatisfiesExpression(n.parent)) n = n.parent;
    return n;
  };

  const visit = (n: ts.Node): void => {
    if (ts.isObjectLiteralExpression(n) && isDictionary(checker.getContextualType(n))) {
      for (const p of n.properties) if (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) note(p.name.text, `dictionary ${where(n)}`);
    }
    if (ts.isElementAccessExpression(n)) {
      const key = checker.getTypeAtLocation(n.argumentExpression);
      if (!(key.flags & ts.TypeFlags.NumberLike)) {
        const literals = stringLiterals(key);
        if (literals) for (const k of literals) note(k, `obj["${k}"] ${where(n)}`);
        else {
          for (const e of [n.expression, uncast(n.expression)]) {
            const type = checker.getTypeAtLocation(e);
            if (!checker.isArrayLikeType(type)) propertiesOf(type, `obj[key] ${where(n)}`);
          }
        }
      }
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.InKeyword) {
      const literals = stringLiterals(checker.getTypeAtLocation(n.left));
      if (literals) for (const k of literals) note(k, `"${k}" in ${where(n)}`);
      else propertiesOf(checker.getTypeAtLocation(n.right), `key in ${where(n)}`);
    }
    if (ts.isForInStatement(n)) propertiesOf(checker.getTypeAtLocation(n.expression), `for in ${where(n)}`);
    if (ts.isCallExpression(n)) {
      const callee = n.expression.getText();
      if (/^Object\.(keys|entries|values|assign|getOwnPropertyNames)$/.test(callee)) {
        for (const a of n.arguments) propertiesOf(checker.getTypeAtLocation(a), `${callee} ${where(n)}`);
      }
      if (callee === "Object.fromEntries" || callee === "JSON.parse") {
        const read = callee === "JSON.parse" ? nested : propertiesOf;
        const used = outer(n);
        read(checker.getTypeAtLocation(used), `${callee} ${where(n)}`);
        const contextual = checker.getContextualType(used);
        if (contextual) read(contextual, `${callee} ${where(n)}`);
      }
      if (callee === "JSON.stringify" && n.arguments[0]) nested(checker.getTypeAtLocation(n.arguments[0]), `${callee} ${where(n)}`);
    }
    ts.forEachChild(n, visit);
  };

  const inputs = new Set(roots);
  const protocolFiles = new Set(protocol.map((f) => ts.sys.resolvePath(f)));
  for (const sf of program.getSourceFiles()) {
    if (inputs.has(sf.fileName)) visit(sf);
    if (!protocolFiles.has(sf.fileName)) continue;
    for (const statement of sf.statements) {
      if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
        nested(checker.getTypeAtLocation(statement.name), `protocol ${where(statement)}`);
      }
    }
  }
  return { names };
}
