import { describe, expect, it } from "vitest";
import { inclusiveReadings } from "../../../src/core/roles/inclusive";
import { DEFAULT_QUALIFYING_ROLES, DEFAULT_UNCLEAR_ROLES, roleClassifier } from "../../../src/core/roles/words";

const NFD = (text: string) => text.normalize("NFD");

describe("inclusive writing reads as the masculine and feminine words", () => {
  it.each([
    ["Animat\u22c5eur\u22c5rice", ["animateur", "animatrice"]], // Bénévalibre's default role, U+22C5
    ["Animateur\u00b7rice", ["animateur", "animatrice"]],
    ["Animateur.rice", ["animateur", "animatrice"]],
    ["Animateur-trice", ["animateur", "animatrice"]],
    ["Président.e", ["president", "presidente"]],
    ["Trésorier(e)", ["tresorier", "tresoriere"]],
    ["Trésorier·e", ["tresorier", "tresoriere"]],
    ["Trésorier·ère", ["tresorier", "tresoriere"]],
    ["Coordinat\u22c5eur\u22c5rice", ["coordinateur", "coordinatrice"]],
    ["Administrateur/trice", ["administrateur", "administratrice"]],
    ["Chef·fe d'équipe", ["chef d'equipe", "cheffe d'equipe"]],
    ["Vice-président·e", ["vice-president", "vice-presidente"]],
  ])("%s", (text, readings) => expect(inclusiveReadings(text)).toEqual(readings));

  it("drops plural marks: a role names one person", () => {
    for (const text of ["Président·e·s", "Président·es", "Président(e)s", "Animat⋅eur⋅rice⋅s", "Animateur·rices"]) {
      expect(inclusiveReadings(text)).toHaveLength(2);
      expect(inclusiveReadings(text)[1]).toMatch(/^(presidente|animatrice)$/);
    }
  });

  it("reads capitals, decomposed accents and invisible characters alike", () => {
    expect(inclusiveReadings("ANIMAT\u22c5EUR\u22c5RICE")).toEqual(["animateur", "animatrice"]);
    expect(inclusiveReadings(NFD("PRÉSIDENT.E"))).toEqual(["president", "presidente"]);
    expect(inclusiveReadings("Tréso\u200brier\u00b7e")).toEqual(["tresorier", "tresoriere"]);
  });

  it("leaves words that are not inclusive writing alone", () => {
    for (const [text, reading] of [
      ["Secrétaire", "secretaire"], ["Vice-présidente", "vice-presidente"], ["Membre du C.A.", "membre du c.a."],
      ["CA/Bureau", "ca/bureau"], ["Secrétaire/Trésorier", "secretaire/tresorier"], ["Ex-président", "ex-president"],
      ["Resp. des bénévoles", "resp. des benevoles"],
    ]) expect(inclusiveReadings(text!)).toEqual([reading]);
  });
});

describe("role classes of inclusive forms", () => {
  const classify = roleClassifier({ qualifying: DEFAULT_QUALIFYING_ROLES, unclear: DEFAULT_UNCLEAR_ROLES });

  it("Bénévalibre's three default roles (migration 0004_defaultrole_initialisation)", () => {
    expect(classify("Bénévole")).toBe("none");
    expect(classify("Animat\u22c5eur\u22c5rice")).toBe("unclear");
    expect(classify("Dirigeant")).toBe("qualifying");
  });

  it.each([
    ["Animat\u22c5eur\u22c5rice", "unclear"], ["Animateur\u00b7rice", "unclear"], ["Animateur.rice", "unclear"],
    ["Animateur-trice", "unclear"], ["Coordinat\u22c5eur\u22c5rice", "unclear"], ["Président.e", "qualifying"],
    ["Trésorier(e)", "qualifying"], ["Trésorier·e", "qualifying"], ["Administrateur/trice", "qualifying"],
    ["Secrétaire", "qualifying"], ["ANIMAT\u22c5EUR\u22c5RICE", "unclear"], [NFD("TRÉSORIER·E"), "qualifying"],
    [NFD("Président.e"), "qualifying"], ["Coordinat\u22c5eur\u22c5rice des bénévoles", "qualifying"],
    ["Vice-président·e", "qualifying"], ["Membre du C.A.", "qualifying"],
  ])("%s is %s", (role, kind) => expect(classify(role)).toBe(kind));

  it("finds an inclusive form through either of its words", () => {
    expect(roleClassifier({ qualifying: ["animatrice"], unclear: [] })("Animat\u22c5eur\u22c5rice")).toBe("qualifying");
    expect(roleClassifier({ qualifying: ["animateur"], unclear: [] })("Animat\u22c5eur\u22c5rice")).toBe("qualifying");
    expect(roleClassifier({ qualifying: ["présidente"], unclear: [] })("Président(e)")).toBe("qualifying");
  });

  it("reads inclusive forms in the word lists of the settings too", () => {
    const own = roleClassifier({ qualifying: ["Capitaine"], unclear: ["Référent·e", "Animat⋅eur⋅rice"] });
    expect(own("Référente jeunesse")).toBe("unclear");
    expect(own("Référent")).toBe("unclear");
    expect(own("Animatrice")).toBe("unclear");
    expect(own("Président·e")).toBe("none");
  });
});
