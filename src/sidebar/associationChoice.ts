import { byId, select, setOptions } from "./dom";

/** The journal's associations as the last preview gave them ("" for its actions with none). */
let names: string[] = [];

/** « Association » of the year's section: every association, or one; hidden when the journal has one. */
export function renderAssociations(list: string[]): void {
  const kept = chosenAssociation();
  names = list;
  const at = kept === undefined ? -1 : list.indexOf(kept);
  setOptions(select("association"), [
    { value: "", label: "Toutes (une série de feuilles par association)" },
    ...list.map((name, i) => ({ value: String(i), label: name || "Sans association" })),
  ], at < 0 ? "" : String(at));
  byId("association-field").hidden = list.length < 2;
}

/** The association chosen (never stored); undefined: all of them. */
export function chosenAssociation(): string | undefined {
  const value = select("association").value;
  return value === "" || names.length < 2 ? undefined : names[Number(value)];
}
