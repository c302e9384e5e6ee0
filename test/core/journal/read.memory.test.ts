import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { readJournal } from "../../../src/core/journal/read";

// A full collection on demand: the flag is set for this worker, then `gc` is taken from a fresh context.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

const utc = (d: Date) => d.getTime();
const grid = [
  ["Bénévole", "Date", "Durée (en heures)", "Catégorie"],
  ...Array.from({ length: 2_000 }, (_, i) => [`Bénévole ${i % 50}`, new Date(Date.UTC(2025, 0, 1 + (i % 300))), 1.5, "Animation"]),
];

describe("memory of a journal read", () => {
  it("lets the journal's columns go once the journal is dropped (the row reader lets go of them after the read)", async () => {
    const buffers = (() => {
      const { actions } = readJournal(grid, { wallClock: utc });
      expect(actions.length).toBe(2_000);
      return [actions.day, actions.volunteer, actions.durationMs, actions.category].map((c) => new WeakRef(c.buffer));
    })();
    // a WeakRef keeps its target until the current job ends; a busy worker may need more than one
    // full collection (a few at most: a journal kept alive would survive them all)
    for (let attempt = 0; attempt < 5 && buffers.some((b) => b.deref() !== undefined); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
    }
    expect(buffers.map((b) => b.deref() === undefined)).toEqual([true, true, true, true]);
  });
});
