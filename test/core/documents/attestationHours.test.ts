import { describe, expect, it } from "vitest";
import { hoursText, splitHours } from "../../../src/core/documents/attestationHours";
import { FileNames, namePart } from "../../../src/core/documents/attestationFiles";
import { closeNames } from "../../../src/core/documents/attestationChoice";
import { MS_PER_HOUR } from "../../../src/core/values/calendar";

describe("hours on the attestations", () => {
  it("writes hours with two decimals, thousands apart, never broken before « h »", () => {
    expect(hoursText(1250)).toBe("12,50\u00a0h");
    expect(hoursText(5)).toBe("0,05\u00a0h");
    expect(hoursText(123456)).toBe("1\u202f234,56\u00a0h");
  });

  it("splits the rounded total between categories so that the rows add up to it", () => {
    // three actions of 20 minutes: 0,33 h each, 1,00 h in all
    const third = MS_PER_HOUR / 3;
    expect(splitHours(MS_PER_HOUR, [third, third, third])).toEqual({ total: 100, parts: [34, 33, 33] });
    expect(splitHours(2.5 * MS_PER_HOUR, [2 * MS_PER_HOUR, 0.5 * MS_PER_HOUR])).toEqual({ total: 250, parts: [200, 50] });
  });
});

describe("file names", () => {
  it("never gives two files one name, whatever the case, and never an empty part", () => {
    const names = new FileNames();
    expect(names.take("attestation-2025-club-jean-pierre")).toBe("attestation-2025-club-jean-pierre.pdf");
    expect(names.take("attestation-2025-club-jean-pierre")).toBe("attestation-2025-club-jean-pierre-2.pdf");
    expect(names.take("Attestation-2025-Club-Jean-Pierre")).toBe("Attestation-2025-Club-Jean-Pierre-3.pdf");
    expect(namePart("???", "benevole")).toBe("benevole");
    expect(namePart("Élodie  Roux", "benevole")).toBe("élodie-roux");
  });
});

describe("close names", () => {
  it("offers the nearest spelling, the names holding the typed words, those within two edits", () => {
    const names = ["Hélène Durand", "Helene Durant", "Marc Durand", "Zoé Benoît"];
    expect(closeNames("helene durand", names)).toEqual(["Hélène Durand", "Helene Durant"]);
    expect(closeNames("Durand", names)).toEqual(["Hélène Durand", "Marc Durand"]);
    expect(closeNames("Xavier", names)).toEqual([]);
  });
});
