// Every piece of text from the document (names, labels, messages) goes in through textContent:
// nothing from the sheet is ever parsed as HTML.

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} absent de la page`);
  return node as T;
}

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function setOptions(select: HTMLSelectElement, options: { value: string; label: string }[], selected: string): void {
  clear(select);
  for (const o of options) select.append(el("option", { text: o.label, attrs: { value: o.value } }));
  select.value = options.some((o) => o.value === selected) ? selected : (options[0]?.value ?? "");
}

export function input(id: string): HTMLInputElement {
  return byId<HTMLInputElement>(id);
}

export function select(id: string): HTMLSelectElement {
  return byId<HTMLSelectElement>(id);
}

export function radioValue(name: string): string {
  return document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? "";
}

export function setRadio(name: string, value: string): void {
  for (const r of Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`))) r.checked = r.value === value;
}
