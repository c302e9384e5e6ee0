// The journal's columns in `valorise rapport`: recognised by meaning, chosen with --colonne, shown in the report.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIELDS, FIELD_OPTION_NAMES } from "../../../src/core/journal/fields";
import { runRapport } from "../../../src/local/cli/rapport";
import { USAGE } from "../../../src/local/cli/usage";
import { bufferIo, runCli } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-colonnes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

const form = file("formulaire.csv", [
  "Horodateur;Adresse e-mail;Nom et prénom;Date de l'action;Durée (heures);Km parcourus;Vos remarques;Date de naissance",
  "10/03/2025 09:12:00;alice@exemple.fr;Alice Martin;01/03/2025;2,5;12;;01/01/1980",
  "11/03/2025 18:40:00;bob@exemple.fr;Bob Durand;08/03/2025;1;;Réunion;",
]);
const byHand = file("cahier.csv", ["Qui;Quand;Combien;Lieu;Lieu", "Zoé;2025-02-03;1,5;Salle;", "Zoé;2025-02-04;2;;"]);

const run = runCli;

describe("valorise rapport: the journal's columns", () => {
  it("reads a Google Form's answers and lists the columns read and ignored in --json", async () => {
    const { code, out } = await run("rapport", form, "--json");
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.colonnes).toEqual({
      utilisees: [
        { champ: "horodateur", libelle: "Horodateur", entete: "Horodateur", colonne: "A", manuel: false },
        { champ: "email", libelle: "E-mail", entete: "Adresse e-mail", colonne: "B", manuel: false },
        { champ: "benevole", libelle: "Bénévole", entete: "Nom et prénom", colonne: "C", manuel: false },
        { champ: "date", libelle: "Date", entete: "Date de l'action", colonne: "D", manuel: false },
        { champ: "heures", libelle: "Heures (décimal)", entete: "Durée (heures)", colonne: "E", manuel: false },
        { champ: "distance", libelle: "Distance (km)", entete: "Km parcourus", colonne: "F", manuel: false },
        { champ: "description", libelle: "Description", entete: "Vos remarques", colonne: "G", manuel: false },
      ],
      ignorees: [{ entete: "Date de naissance", colonne: "H" }],
      avis: [],
    });
    expect(r.toutesAssociations.parBenevole.map((b: { benevole: string; heures: number; premiereAction: string }) => [b.benevole, b.heures, b.premiereAction]))
      .toEqual([["Alice Martin", 2.5, "2025-03-01"], ["Bob Durand", 1, "2025-03-08"]]);
  });

  it("says in the text heading which columns are read, which are ignored, and each notice", async () => {
    const { code, out } = await run("rapport", byHand, "--colonne", "benevole=Qui", "--colonne", "date=Quand", "--colonne", "heures=Combien");
    expect(code).toBe(0);
    const heading = out.split("\n\n")[0]!;
    expect(heading).toContain([
      "Colonnes lues : « Qui » → Bénévole (choix manuel), « Quand » → Date (choix manuel),",
      "  « Combien » → Heures (décimal) (choix manuel)",
      "Colonnes ignorées : « Lieu » (colonne D), « Lieu » (colonne E)",
      "Avis : L'en-tête « Lieu » figure 2 fois (colonnes D et E) : aucune n'est lue.",
    ].join("\n"));
    expect(out).toMatch(/\nZoé +3,50 +2 /);
  });

  it("reads the Horodateur as the date when the form asks for none, and wraps the notice saying so", async () => {
    const noDate = file("sans-date.csv", ["Horodateur;Nom et prénom;Durée (heures)", "10/03/2025 09:12:00;Alice Martin;2"]);
    const { code, out } = await run("rapport", noDate);
    expect(code).toBe(0);
    expect(out).toContain([
      "Avis : Date : aucune colonne ne donne la date de l'action ; « Horodateur » (colonne A), le moment de",
      "  la réponse au formulaire, est lue comme date de l'action. Si les actions ont eu lieu un autre",
      "  jour, ajoutez une question « Date de l'action » au formulaire.",
      "Année : 2025",
    ].join("\n"));
  });

  it("names the missing columns and --colonne when the headers say nothing", async () => {
    const { code, err } = await run("rapport", byHand);
    expect(code).toBe(1);
    expect(err).toContain("Colonne manquante dans le journal : le nom du bénévole");
    expect(err).toContain(`Indiquez la colonne à lire avec --colonne, par exemple --colonne date="Jour" (voir valorise --help).`);
  });

  it("refuses, as a usage error, a header the file does not have", async () => {
    const { code, err } = await run("rapport", byHand, "--colonne", "benevole=Qui", "--colonne", "date=Jour de l'action");
    expect(code).toBe(2);
    expect(err).toMatch(/^--colonne date="Jour de l'action" : aucune colonne « Jour de l'action » dans le journal\. En-têtes trouvés : « Qui », « Quand », « Combien », « Lieu », « Lieu »\.\n\nValorise/);
  });

  it("takes the columns chosen in runRapport's options over the detected ones", async () => {
    const io = bufferIo();
    // The description column read as the title, and no distance.
    const code = await runRapport({ file: form, json: true, columns: { title: "Vos remarques", distance: "" } }, io);
    expect(code).toBe(0);
    const r = JSON.parse(io.stdout());
    expect(r.colonnes.utilisees.filter((u: { manuel: boolean }) => u.manuel)).toEqual([
      { champ: "titre", libelle: "Titre", entete: "Vos remarques", colonne: "G", manuel: true },
    ]);
    expect(r.colonnes.ignorees.map((c: { entete: string }) => c.entete)).toEqual(["Km parcourus", "Date de naissance"]);
    expect(r.toutesAssociations.distanceKm).toBe(0);
  });

  it("documents every field --colonne accepts", () => {
    for (const field of FIELDS) expect(USAGE, field).toMatch(new RegExp(`[ (,]${FIELD_OPTION_NAMES[field]}[ ),\\n]`));
  });
});
