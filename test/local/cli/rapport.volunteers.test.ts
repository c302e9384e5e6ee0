// valorise rapport --benevoles: each volunteer's own vehicle on the kilometric scale of the income year.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../../src/local/cli/args";
import { main } from "../../../src/local/cli/main";
import type { ReportJson } from "../../../src/local/cli/report";
import { bufferIo } from "./io";

const dir = mkdtempSync(join(tmpdir(), "valorise-benevoles-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const JOURNAL = join(dir, "journal.csv");
writeFileSync(JOURNAL, [
  "Prénom,Nom,Date,Durée (en heures),Distance (en km)",
  "Élodie,Martin,2021-03-01,2,600",
  "Élodie,Martin,2021-06-01,2,400",
  "Jérôme,Le Goff,2021-04-01,3,1000",
  "Awa,Diallo,2021-04-02,1,1000",
  "Paul,Petit,2025-04-02,1,1000",
  "Lucie,Bernard,2025-04-02,1,1000",
].join("\n"));
const VOLUNTEERS = join(dir, "benevoles.csv");
writeFileSync(VOLUNTEERS, [
  "Bénévole;Adresse;Véhicule;CV;Électrique;Agent public",
  "elodie martin;12 rue des Lilas, 29000 Quimper;voiture;4;non;oui",
  "Jérôme LE GOFF;3 place du Marché;moto;3;;",
  "Paul Petit;8 av. Jean Jaurès;voiture;3;;",
  "Lucie Bernard;1 rue Haute;voiture;7;oui;",
  "Zoé Inconnue;2 rue Basse;voiture;cinq;;",
].join("\n"));

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("valorise rapport --benevoles", () => {
  it("is an option taking a file", () => {
    expect(parseArgs(["rapport", "j.csv", "--benevoles", "b.csv"])).toMatchObject({ volunteers: "b.csv" });
    expect(() => parseArgs(["rapport", "j.csv", "--benevoles"])).toThrow("L'option --benevoles attend une valeur.");
  });

  it("values 2021 at the volunteers' flat scale per vehicle, and 2025 at each volunteer's own horsepower", async () => {
    const y2021 = await run("rapport", JOURNAL, "--json", "--annee", "2021", "--cv", "5", "--benevoles", VOLUNTEERS);
    expect(y2021.code, y2021.err).toBe(0);
    const r = JSON.parse(y2021.out) as ReportJson;
    const km = r.associations[0]!.valorisation.kilometres;
    expect(km.parBenevole.map((l) => [l.benevole, l.montant, l.vehicule, l.sourceVehicule])).toEqual([
      ["Awa Diallo", 324, "voiture 5 CV", "réglages"],
      ["Élodie Martin", 324, "voiture 4 CV", "table"],
      ["Jérôme Le Goff", 126, "moto 3 CV", "table"],
    ]);
    expect(r.tableDesBenevoles).toEqual({
      fichier: VOLUNTEERS,
      problemes: [
        { ligne: 6, colonne: "CV", probleme: "« cinq » n'est pas une puissance fiscale (un nombre entier de CV, de 1 à 99). Cellule ignorée." },
        { ligne: 6, colonne: "CV", probleme: "Puissance fiscale (CV) illisible pour une voiture : le véhicule des réglages s'applique." },
        { ligne: 2, colonne: "Bénévole", probleme: "« elodie martin » rapproché de « Élodie Martin » du journal (aux accents près)." },
        { ligne: 6, colonne: "Bénévole", probleme: "« Zoé Inconnue » ne figure pas dans le journal : ligne sans effet." },
      ],
    });
    expect(y2021.err).toContain(`Attention : ${VOLUNTEERS}, ligne 6, colonne « Bénévole » : « Zoé Inconnue » ne figure pas dans le journal : ligne sans effet.`);

    const r2025 = JSON.parse((await run("rapport", JOURNAL, "--json", "--annee", "2025", "--cv", "5", "--benevoles", VOLUNTEERS)).out) as ReportJson;
    expect(r2025.associations[0]!.valorisation.kilometres.parBenevole.map((l) => [l.benevole, l.montant])).toEqual([
      ["Lucie Bernard", 836.4], ["Paul Petit", 529],
    ]);
  });

  it("warns that vehicles serve only the kilometres valued, and never writes over the table", async () => {
    const plain = await run("rapport", JOURNAL, "--annee", "2021", "--benevoles", VOLUNTEERS);
    expect(plain.code).toBe(0);
    const unused = "les véhicules de la table des bénévoles servent au barème kilométrique (--cv) ou à vérifier un taux par km (--taux-km) : sans l'un ni l'autre, ils ne sont pas utilisés.";
    expect(plain.err).toContain(unused);
    // a rate per km is checked against each vehicle's scale; attestations have no use for vehicles
    expect((await run("rapport", JOURNAL, "--annee", "2021", "--benevoles", VOLUNTEERS, "--taux-km", "0,3")).err).not.toContain(unused);
    expect((await run("attestations", JOURNAL, "--annee", "2021", "--benevoles", VOLUNTEERS, "--sortie", mkdtempSync(join(dir, "att-")))).err).not.toContain(unused);
    // a table named like a file of the report, in the output folder: refused, never written over, even with --ecraser
    const out = mkdtempSync(join(dir, "sortie-"));
    const table = join(out, "benevoles-2021.csv");
    writeFileSync(table, readFileSync(VOLUNTEERS));
    const r = await run("rapport", JOURNAL, "--annee", "2021", "--cv", "5", "--benevoles", table, "--sortie", out, "--ecraser");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`- benevoles-2021.csv : c'est la table des bénévoles (--benevoles ${table})`);
    expect(readFileSync(table, "utf8")).toBe(readFileSync(VOLUNTEERS, "utf8"));
  });
});
