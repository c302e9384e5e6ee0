import { describe, expect, it } from "vitest";
import { guarded } from "../../src/addon/guard";
import { UNEXPECTED, userMessage } from "../../src/addon/sidebar/errors";
import { SettingsError } from "../../src/core/settings/valuation";
import { UserError } from "../../src/core/userError";
import { JournalError } from "../../src/core/journal/columns";

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("nothing thrown");
};

describe("the guard of the add-on's entry points", () => {
  const runs = guarded({
    ok: (a: number, b: number) => a + b,
    refuses: () => { throw new JournalError("Colonne manquante dans le journal : la date de l'action."); },
    settings: () => { throw new SettingsError("Coefficient attendu : un nombre."); },
    defect: () => { throw new RangeError("The number Infinity cannot be converted to a BigInt because it is not an integer"); },
    quota: () => { throw new Error("You have exceeded the property storage quota. Please remove some properties and try again."); },
  } as Record<string, (...args: never[]) => unknown>);

  it("returns what the entry point returns", () => {
    expect((runs.ok as (a: number, b: number) => number)(2, 3)).toBe(5);
  });

  it("lets a refusal through with its French message, named « Erreur » for the cell's tooltip", () => {
    for (const name of ["refuses", "settings"]) {
      const error = thrown(runs[name] as () => unknown);
      expect(error).toBeInstanceOf(UserError);
      expect(`${error.name}: ${error.message}`).toMatch(/^Erreur: (Colonne manquante|Coefficient attendu)/);
    }
  });

  it("tells a defect « Erreur inattendue » and how to report it, never the engine's message", () => {
    for (const name of ["defect", "quota"]) {
      const error = thrown(runs[name] as () => unknown);
      expect(error).toBeInstanceOf(UserError);
      expect(`${error.name}: ${error.message}`).toBe(`Erreur inattendue: ${UNEXPECTED}`);
      expect(error.message).not.toMatch(/BigInt|quota|Error/);
    }
  });
});

describe("userMessage", () => {
  it("shows a user error as it is and nothing of any other, a RangeError included", () => {
    expect(userMessage(new JournalError("Feuille « Journal » vide."))).toBe("Feuille « Journal » vide.");
    expect(userMessage(new RangeError("Maximum call stack size exceeded"))).toBe(`Erreur inattendue : ${UNEXPECTED}`);
    expect(userMessage("texte")).toBe(`Erreur inattendue : ${UNEXPECTED}`);
  });
});
