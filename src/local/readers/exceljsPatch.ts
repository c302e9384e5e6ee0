import { createRequire } from "node:module";

/**
 * exceljs reads a formula cell with an empty <v/> the same way whatever its type, as a formula
 * without a cached result. Two writers mean opposite things by it:
 * - Excel and LibreOffice, for a formula whose result is the empty string ("=SI(A2="";"";A2)"),
 *   write <c t="str"><f>…</f><v/></c>: the cell shows "";
 * - openpyxl (Bénévalibre's XLSX export) writes any text starting with "=" as a formula it never
 *   computes, <c><f>^.^=</f><v/></c>: the cell holds that text.
 * Only the t="str" attribute tells them apart, and exceljs drops it. This patch keeps it: a t="str"
 * formula cell without a value gets the result "". It also keeps a text result from being turned
 * into a date (an Invalid Date) when the cell has a date format.
 */

interface CellModel {
  type?: number;
  result?: unknown;
}

interface CellXformPrototype {
  parseClose(this: { t?: string; model: CellModel }, name: string): boolean;
  reconcile(model: CellModel, options: unknown): void;
  valorisePatched?: boolean;
}

const FORMULA = 6; // Enums.ValueType.Formula

const requireCjs = createRequire(import.meta.url);
const CellXform = requireCjs("exceljs/lib/xlsx/xform/sheet/cell-xform.js") as { prototype: CellXformPrototype };

/** Applies the patch once; idempotent. */
export function patchExcelJsFormulaCells(): void {
  const proto = CellXform.prototype;
  if (proto.valorisePatched) return;
  const { parseClose, reconcile } = proto;
  proto.parseClose = function (name) {
    const done = parseClose.call(this, name);
    if (name === "c" && this.t === "str" && this.model.type === FORMULA && this.model.result === undefined) this.model.result = "";
    return done;
  };
  proto.reconcile = function (model, options) {
    const text = model.type === FORMULA && typeof model.result === "string" ? model.result : undefined;
    reconcile.call(this, model, options);
    if (text !== undefined && model.type === FORMULA) model.result = text;
  };
  proto.valorisePatched = true;
}
