import { byId, clear, el } from "./dom";

/**
 * The steps shown while a server call runs, in the sticky footer. google.script.run is one call with one
 * answer and no events on the way, so the page names only the steps it can see start and end (the form
 * checked, the request sent, the server's answer): the server's own work (reading the journal, totals,
 * CEC, valuation, writing the sheets) is one step, said as such, never a fake count.
 */
let steps: string[] = [];
let current = 0;
let started = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function draw(): void {
  const list = byId("progress-steps");
  clear(list);
  list.append(...steps.map((s, i) => el("li", { className: i < current ? "done" : i === current ? "now" : "", text: s })));
  const seconds = Math.round((Date.now() - started) / 1000);
  // With the list shown, the running step is bold in it: the line under it only counts the seconds.
  const running = steps.length > 1 ? "En cours" : (steps[current] ?? "");
  byId("progress-text").textContent = `${running}${seconds ? ` (${seconds} s)` : ""}`;
}

/** Shows `list` with its first step running; a single step shows no list, only its text. */
export function startSteps(list: string[]): void {
  steps = list;
  current = 0;
  started = Date.now();
  byId("progress-steps").hidden = list.length < 2;
  byId("progress").hidden = false;
  draw();
  clearInterval(timer);
  timer = setInterval(draw, 1000);
}

/** Moves on to the step named `label` (one of the list). */
export function reachStep(label: string): void {
  const i = steps.indexOf(label);
  if (i >= 0) current = i;
  started = Date.now();
  draw();
}

export function stopSteps(): void {
  clearInterval(timer);
  byId("progress").hidden = true;
}
