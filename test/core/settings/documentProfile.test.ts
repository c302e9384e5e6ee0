import { describe, expect, it } from "vitest";
import { type Settings, defaultSettings, engineSettings } from "../../../src/core/settings";
import { documentProfiles, settingsProfile } from "../../../src/core/settings/documentProfile";
import { dayFromParts } from "../../../src/core/values/calendar";

function settings(association: Partial<Settings["association"]>, valuation: Partial<Settings["valuation"]> = {}): Settings {
  const s = defaultSettings();
  return { ...s, association: { ...s.association, ...association }, valuation: { ...s.valuation, ...valuation } };
}

describe("the settings' association as a profile", () => {
  it("carries the name, the SIREN or the RNA number, the declaration, article 200 and the accounting settings", () => {
    expect(settingsProfile(settings({ name: "Club", identifier: "732829320", declaredOn: "2015-03-01", generalInterest: true }, { closingDate: "06-30", chart: "CRC 99-01", territory: "mayotte" }))).toEqual({
      name: "Club", siren: "732829320", declaredDay: dayFromParts(2015, 3, 1), article200: "oui", chart: "CRC 99-01", closingDate: "06-30", territory: "mayotte",
    });
    expect(settingsProfile(settings({ name: "Club", identifier: "W292001234", generalInterest: false }))).toMatchObject({ rna: "W292001234", article200: "non" });
    expect(settingsProfile(settings({ name: "Club", generalInterest: undefined }))).toMatchObject({ article200: "à vérifier" });
    expect(settingsProfile(settings({ name: "Club", identifier: "W292001234" }))).not.toHaveProperty("siren");
    expect(settingsProfile(settings({ name: "", identifier: "", declaredOn: "", generalInterest: undefined }))).toBeUndefined();
  });

  it("joins the associations table unless the table has a row of its name (identity rule); nameless, only with no table", () => {
    const own = settings({ name: "Les Jardins", identifier: "732829320" });
    const rows = [{ name: "Club", article200: "oui" as const }];
    expect(documentProfiles(own, rows).map((p) => [p.name, p.siren])).toEqual([["Club", undefined], ["Les Jardins", "732829320"]]);
    expect(documentProfiles(own, [{ name: " les  JARDINS ", siren: "552100554" }]).map((p) => p.siren)).toEqual(["552100554"]);
    const nameless = settings({ name: "", identifier: "732829320" });
    expect(documentProfiles(nameless).map((p) => p.siren)).toEqual(["732829320"]);
    expect(documentProfiles(nameless, rows)).toEqual(rows);
  });

  it("leaves the SIREN and the name out of the settings common to every association", () => {
    const s = settings({ name: "Les Jardins", identifier: "732829320" });
    const engine = engineSettings({ ...s, valuation: { ...s.valuation, siren: "552100554", associationName: "Autre" } });
    expect(engine.valuation).not.toHaveProperty("siren");
    expect(engine.valuation).not.toHaveProperty("associationName");
    expect(engine.associations.map((p) => [p.name, p.siren])).toEqual([["Les Jardins", "732829320"]]);
    expect(engine.cec).toEqual({});
  });
});
