import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createServices } from "../../../tools/emulator";
import { loadBundle } from "../../../tools/vm/runBundle";
import { SETTINGS, call, requireBuild, sampleWorld } from "./harness";

beforeAll(requireBuild);

/** Settings saved, then a first execution (a report still running) holding the document lock; other settings to try. */
function savedThenLocked() {
  const world = sampleWorld();
  call(world, "saveSettings", SETTINGS);
  const saved = new Map(world.properties.document);
  const first = createServices({ world });
  expect(first.globals.LockService.getDocumentLock().tryLock(30_000)).toBe(true);
  const changed = { ...SETTINGS, association: { ...SETTINGS.association, name: "Autre association" } };
  return { world, saved, first, changed };
}

describe("one report at a time", () => {
  it("answers a second click with a clear French message while the first one holds the document lock", () => {
    const world = sampleWorld();
    const first = createServices({ world });
    expect(first.globals.LockService.getDocumentLock().tryLock(30_000)).toBe(true); // the first report, still running

    const { value } = call(world, "generateReport", { year: 2025, settings: SETTINGS });
    expect(value).toEqual({
      ok: false,
      busy: true,
      message:
        "Valorise écrit déjà dans ce classeur (un rapport, une table ou un import, depuis un autre clic, onglet ou compte). Attendez qu'il ait fini, puis réessayez.",
    });
    expect(world.spreadsheet.sheets).toHaveLength(2);

    first.handle.endExecution();
    expect(call(world, "generateReport", { year: 2025 }).value.ok).toBe(true);
    expect(world.locks.document.holder).toBeNull(); // released at the end
  });
});

describe("the document lock", () => {
  it("is released by generateReport itself when the report fails inside it", () => {
    const world = sampleWorld();
    const services = createServices({ world });
    const bundle = loadBundle("dist/Code.js", services.globals);
    const value = bundle.call("generateReport", { year: 1990, settings: SETTINGS }) as { ok: boolean; message: string };
    expect(value.ok).toBe(false);
    expect(value.message).toContain("Aucune action comptée en 1990");
    // The execution has not ended: only the function's own finally can have released it.
    expect(world.locks.document.holder).toBeNull();
  });

  it("leaves the saved settings alone when a second click is turned away", () => {
    const { world, saved, first, changed } = savedThenLocked();
    expect(call(world, "generateReport", { year: 2025, settings: changed }).value.busy).toBe(true);
    expect(world.properties.document).toEqual(saved);
    first.handle.endExecution();
  });
});

describe("saving settings", () => {
  it("waits for a report holding the document lock, then says so in French and saves nothing", () => {
    const { world, saved, first: report, changed } = savedThenLocked();
    const { value } = call(world, "saveSettings", changed);
    expect(value).toMatchObject({ ok: false, message: expect.stringMatching(/^Valorise écrit déjà dans ce classeur/) });
    expect(world.properties.document).toEqual(saved);
    report.handle.endExecution();
    expect(call(world, "saveSettings", changed).value.ok).toBe(true);
    expect(world.locks.document.holder).toBeNull();
  });
});

describe("menu and sidebar", () => {
  it("builds the menu in AuthMode.NONE and opens the built sidebar", () => {
    const world = sampleWorld();
    const none = createServices({ world, authMode: "NONE" });
    loadBundle("dist/Code.js", none.globals).call("onOpen", { authMode: "NONE" });
    expect(none.handle.ui.menus[0]!.entries).toEqual([
      { kind: "item", caption: "Ouvrir le panneau", functionName: "showSidebar" },
      { kind: "item", caption: "Générer le rapport de l'année…", functionName: "showReportSidebar" },
      { kind: "item", caption: "Aide", functionName: "showHelp" },
    ]);
    const page = readFileSync("dist/Sidebar.html", "utf8");
    for (const [fn, focus] of [["showSidebar", "reglages"], ["showReportSidebar", "annee"]] as const) {
      const services = createServices({ world });
      loadBundle("dist/Code.js", services.globals).call(fn);
      const shown = services.handle.ui.shown[0]!;
      expect(shown).toMatchObject({ kind: "sidebar", title: "Valorise" });
      expect(shown.content.startsWith(page)).toBe(true);
      expect(shown.content.slice(page.length)).toBe(`<script>window.VALORISE_FOCUS = "${focus}";</script>`);
    }
  });
});
