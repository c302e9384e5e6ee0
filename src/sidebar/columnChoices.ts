import type { SourcePreview } from "../contract/sidebar";
import { type ColumnOverrides, FIELDS, FIELD_LABELS, type Field } from "../core/journal/fields";
import { byId, clear, el, setOptions } from "./dom";

// Option values: a prefix keeps a header named like a choice ("auto") from being taken for it.
const AUTO = "a:";
const NONE = "n:";
const HEADER = "h:";

/** The columns chosen by hand; a field left out is found by its header. */
let choices: ColumnOverrides = {};
/** The headers the lists were built for: the lists are rebuilt only when they change (a rebuild drops the focus). */
let builtFor: string | undefined;

export function setColumnChoices(saved: ColumnOverrides | undefined): void {
  choices = { ...saved };
  builtFor = undefined;
}

/** Forgets the choices: another journal sheet has other headers. */
export function clearColumnChoices(): void {
  setColumnChoices({});
}

export function readColumnChoices(): ColumnOverrides | undefined {
  return Object.keys(choices).length ? { ...choices } : undefined;
}

function optionsFor(field: Field, p: SourcePreview): { value: string; label: string }[] {
  const found = p.automatic[field];
  const options = [
    { value: AUTO, label: `auto : ${found ?? "aucune"}` },
    { value: NONE, label: "(aucune)" },
    ...p.headers.map((h) => ({ value: HEADER + h, label: h })),
  ];
  const chosen = choices[field];
  if (chosen && !p.headers.includes(chosen)) options.push({ value: HEADER + chosen, label: `${chosen} (absente de la feuille)` });
  return options;
}

function valueOf(field: Field): string {
  const chosen = choices[field];
  return chosen === undefined ? AUTO : chosen === "" ? NONE : HEADER + chosen;
}

function choose(field: Field, value: string): void {
  if (value === AUTO) delete choices[field];
  else choices[field] = value === NONE ? "" : value.slice(HEADER.length);
}

/** One list per field: automatic (naming the header found), none, or one of the sheet's headers. */
export function renderColumnChoices(p: SourcePreview, onChange: () => void): void {
  const box = byId("column-choices");
  byId("source-columns").hidden = p.headers.length === 0;
  const signature = JSON.stringify([p.headers, p.automatic]);
  if (signature === builtFor) return;
  builtFor = signature;
  clear(box);
  for (const field of FIELDS) {
    const id = `col-${field}`;
    const list = el("select", { attrs: { id, "data-field": field } });
    setOptions(list, optionsFor(field, p), valueOf(field));
    const row = el("div", { className: "field" }, [
      el("label", { text: FIELD_LABELS[field], attrs: { for: id } }),
      list,
      el("p", { className: "error", attrs: { "data-error": `source.columns.${field}` } }),
    ]);
    row.classList.toggle("manual", choices[field] !== undefined);
    list.addEventListener("change", () => {
      choose(field, list.value);
      row.classList.toggle("manual", choices[field] !== undefined);
      onChange();
    });
    box.append(row);
  }
}
