import { describe, expect, it } from "vitest";
import { cecEngine } from "../../../src/core/cec/engine";
import { type Row, hoursRow, journalOf, rolesOf } from "./helpers";

function statusOf(rows: Row[], name = "Alice", year = 2025, options: Parameters<typeof cecEngine>[1] = {}) {
  return cecEngine(journalOf(rows), options).assess(name.toLowerCase(), year);
}

describe("hour thresholds (compared on exact milliseconds)", () => {
  it("99.99 h in the only association is under 100 h", () => {
    const a = statusOf([hoursRow("Alice", "Les Amis", 2025, "99:59:24", "Présidente")]);
    expect(a.text).toBe("Non éligible : 99,99 h dans l'association la plus fréquentée, 100 h requises");
    expect(a.rightsEur).toBe(0);
  });

  it("100 h in one association: hours to find elsewhere", () => {
    const a = statusOf([hoursRow("Alice", "Les Amis", 2025, "100:00:00", "Présidente")]);
    expect(a.text).toBe("À compléter : 100 h dans « Les Amis », 200 h requises : il manque 100 h dans d'autres associations");
  });

  it("199.99 h is under 200 h and says what is missing, rounded up", () => {
    const a = statusOf([hoursRow("Alice", "Les Amis", 2025, "199:59:24", "Présidente")]);
    expect(a.status).toBe("incomplete");
    expect(a.text).toBe("À compléter : 199,99 h dans « Les Amis », 200 h requises : il manque 0,01 h dans d'autres associations");
  });

  it("199 h 59 min 59 s never reads 200 h", () => {
    const a = statusOf([hoursRow("Alice", "Les Amis", 2025, "199:59:59", "Présidente")]);
    expect(a.status).toBe("incomplete");
    expect(a.text).toContain("199,99 h dans « Les Amis »");
    expect(a.text).toContain("il manque 0,01 h");
  });

  it("200 h is eligible, with 240 € and the deadlines of the next year", () => {
    const a = statusOf([hoursRow("Alice", "Les Amis", 2025, "200:00:00", "Présidente")]);
    expect(a.text).toBe("Éligible : 200 h qualifiantes en 2025, dont 200 h dans « Les Amis »");
    expect(a.rightsEur).toBe(240);
    expect(a.declareBy).toBe(Date.UTC(2026, 5, 30) / 86_400_000);
    expect(a.validateBy).toBe(Date.UTC(2026, 11, 31) / 86_400_000);
  });

  it("sums several actions exactly", () => {
    const rows = Array.from({ length: 80 }, (_, i) => hoursRow("Alice", "A", 2025, "2,5", "Trésorier", String((i % 9) + 1).padStart(2, "0")));
    expect(statusOf(rows).status).toBe("eligible");
  });
});

describe("several associations", () => {
  it("100 h + 100 h is eligible", () => {
    const a = statusOf([hoursRow("Alice", "A", 2025, "100", "Présidente"), hoursRow("Alice", "B", 2025, "100", "Trésorière")]);
    expect(a.text).toBe("Éligible : 200 h qualifiantes en 2025, dont 100 h dans « A »");
  });

  it("150 h + 40 h is not: 10 h missing", () => {
    const a = statusOf([hoursRow("Alice", "A", 2025, "150", "Présidente"), hoursRow("Alice", "B", 2025, "40", "Secrétaire")]);
    expect(a.text).toBe("À compléter : 150 h dans « A », 190 h en tout, 200 h requises : il manque 10 h dans d'autres associations");
  });

  it("160 h + 40 h is", () => {
    const a = statusOf([hoursRow("Alice", "A", 2025, "160", "Présidente"), hoursRow("Alice", "B", 2025, "40", "Secrétaire")]);
    expect(a.text).toBe("Éligible : 200 h qualifiantes en 2025, dont 160 h dans « A »");
    expect(a.countedMs).toBe(200 * 3_600_000);
    expect(a.mainMs).toBe(160 * 3_600_000);
  });

  it("90 h + 90 h + 90 h is not: no association reaches 100 h", () => {
    const rows = ["A", "B", "C"].map((x) => hoursRow("Alice", x, 2025, "90", "Administratrice"));
    expect(statusOf(rows).text).toBe("Non éligible : 90 h dans l'association la plus fréquentée, 100 h requises");
  });

  it("counts hours only where the role qualifies", () => {
    const a = statusOf([hoursRow("Alice", "A", 2025, "150", "Présidente"), hoursRow("Alice", "B", 2025, "60", "Bénévole")]);
    expect(a.text).toBe(
      "À compléter : 150 h dans « A », 200 h requises : il manque 50 h dans d'autres associations ; " +
        "60 h à « B » non comptées : rôle « Bénévole » non qualifiant",
    );
  });

  it("adds the hours done in another association", () => {
    const journal = journalOf([hoursRow("Alice", "A", 2025, "150", "Présidente")]);
    const engine = cecEngine(journal);
    expect(engine.assess("alice", 2025, { elsewhereMs: 49 * 3_600_000 }).status).toBe("incomplete");
    const a = engine.assess("alice", 2025, { elsewhereMs: 50 * 3_600_000 });
    expect(a.text).toBe("Éligible : 200 h qualifiantes en 2025, dont 150 h dans « A »");
    const b = engine.assess("alice", 2025, { elsewhereMs: 40 * 3_600_000 });
    expect(b.text).toBe("À compléter : 150 h dans « A », 190 h en tout, 200 h requises : il manque 10 h dans d'autres associations");
  });

  it("counts the other association as the one with 100 h", () => {
    const engine = cecEngine(journalOf([hoursRow("Alice", "A", 2025, "60", "Présidente")]));
    expect(engine.assess("alice", 2025, { elsewhereMs: 140 * 3_600_000 }).text).toBe(
      "Éligible : 200 h qualifiantes en 2025, dont 140 h dans l'autre association",
    );
  });

  it("counts per calendar year", () => {
    const a = statusOf([hoursRow("Alice", "A", 2024, "150", "Présidente", "12"), hoursRow("Alice", "A", 2025, "60", "Présidente", "01")]);
    expect(a.text).toBe("Non éligible : 60 h dans l'association la plus fréquentée, 100 h requises");
  });
});

describe("roles", () => {
  it("a role only in one association, from the roles table", () => {
    const roles = rolesOf([
      ["Bénévole", "Rôle", "Association"],
      ["Alice", "Trésorière", "A"],
    ]);
    const rows = [hoursRow("Alice", "A", 2025, "120"), hoursRow("Alice", "B", 2025, "90")];
    const a = statusOf(rows, "Alice", 2025, { roles });
    // B has no role information: her hours there may count, subject to her role
    expect(a.text).toBe(
      "Éligible sous réserve : 210 h en 2025, dont 120 h dans « A », mais rôle inconnu à « B » (dirigeant ou encadrant de bénévoles requis)",
    );
    const known = rolesOf([
      ["Bénévole", "Rôle", "Association"],
      ["Alice", "Trésorière", "A"],
      ["Alice", "Bénévole", "B"],
    ]);
    expect(statusOf(rows, "Alice", 2025, { roles: known }).text).toBe(
      "À compléter : 120 h dans « A », 200 h requises : il manque 80 h dans d'autres associations ; " +
        "90 h à « B » non comptées : rôle « Bénévole » non qualifiant",
    );
  });

  it("the roles table wins over the journal column; a row without Association applies everywhere", () => {
    const roles = rolesOf([["Bénévole", "Rôle"], ["alice", "Membre du CA"]]);
    const rows = [hoursRow("Alice", "A", 2025, "120", "Bénévole"), hoursRow("Alice", "B", 2025, "90", "Bénévole")];
    expect(statusOf(rows, "Alice", 2025, { roles }).status).toBe("eligible");
    expect(statusOf(rows).text).toBe(
      "Non éligible : 120 h à « A » non comptées : rôle « Bénévole » non qualifiant ; 90 h à « B » non comptées : rôle « Bénévole » non qualifiant",
    );
  });

  it("one qualifying role on any action of the year is enough in that association", () => {
    const rows = [hoursRow("Alice", "A", 2025, "150", "Bénévole"), hoursRow("Alice", "A", 2025, "60", "Vice-présidente", "04")];
    expect(statusOf(rows).status).toBe("eligible");
  });

  it("unknown role: eligible subject to the role when hours are met", () => {
    expect(statusOf([hoursRow("Alice", "", 2025, "210")]).text).toBe(
      "Éligible sous réserve : 210 h en 2025, dont 210 h dans l'association, mais rôle inconnu (dirigeant ou encadrant de bénévoles requis)",
    );
  });

  it("an animator qualifies only when supervising volunteers", () => {
    expect(statusOf([hoursRow("Alice", "A", 2025, "210", "Animatrice")]).text).toBe(
      "Éligible sous réserve : 210 h en 2025, dont 210 h dans « A », mais rôle « Animatrice » à « A » à confirmer (compte s'il encadre d'autres bénévoles)",
    );
    expect(statusOf([hoursRow("Alice", "A", 2025, "210", "Animatrice, encadrante de bénévoles")]).status).toBe("eligible");
  });

  it("no qualifying role at all", () => {
    expect(statusOf([hoursRow("Alice", "A", 2025, "250", "Bénévole")]).text).toBe(
      "Non éligible : 250 h à « A » non comptées : rôle « Bénévole » non qualifiant",
    );
  });

  it("a role period (Début/Fin) limits the years it applies to", () => {
    const roles = rolesOf([
      ["Bénévole", "Rôle", "Début", "Fin"],
      ["Alice", "Présidente", "01/01/2024", "31/12/2024"],
    ]);
    const rows = [hoursRow("Alice", "A", 2024, "210"), hoursRow("Alice", "A", 2025, "210")];
    expect(statusOf(rows, "Alice", 2024, { roles }).status).toBe("eligible");
    expect(statusOf(rows, "Alice", 2025, { roles }).status).toBe("conditional");
  });
});

describe("volunteer age", () => {
  const rows = [hoursRow("Alice", "A", 2025, "210", "Secrétaire")];
  it("turning 16 on 31 December of the year is enough", () => {
    const roles = rolesOf([["Bénévole", "Rôle", "Date de naissance"], ["Alice", "Secrétaire", "31/12/2009"]]);
    expect(statusOf(rows, "Alice", 2025, { roles }).status).toBe("eligible");
  });

  it("turning 16 the next year is enough for an apprentice only: « sous réserve », never « éligible » nor a silent no", () => {
    const roles = rolesOf([["Bénévole", "Rôle", "Date de naissance"], ["Alice", "Secrétaire", new Date(Date.UTC(2010, 0, 1))]]);
    const status = statusOf(rows, "Alice", 2025, { roles });
    expect(status.status).toBe("conditional");
    expect(status.text).toMatch(/, mais 15 ans au 31\/12\/2025 : éligible seulement avec un contrat d'apprentissage \(16 ans sinon\)$/);
  });

  it("turning 15 the next year is not, apprentice or not", () => {
    const roles = rolesOf([["Bénévole", "Rôle", "Date de naissance"], ["Alice", "Secrétaire", "01/01/2011"]]);
    expect(statusOf(rows, "Alice", 2025, { roles }).text).toBe(
      "Non éligible : 14 ans au 31/12/2025 (né(e) le 01/01/2011), 16 ans requis",
    );
  });
});

describe("the anonymous line", () => {
  it("gets no CEC status", () => {
    const journal = journalOf([hoursRow("", "A", 2025, "300", "Président"), hoursRow("Bob", "A", 2025, "10", "")]);
    expect(cecEngine(journal).assessYear(2025).map((a) => a.volunteer)).toEqual(["Bob"]);
  });
});
