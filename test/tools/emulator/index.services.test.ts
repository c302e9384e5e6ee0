import { describe, expect, it } from "vitest";
import { createServices, sheetFromRows } from "../../../tools/emulator";
import { formatDate } from "../../../tools/emulator/formatDate";

describe("PropertiesService", () => {
  it("stores strings per store and shares them between executions on one document", () => {
    const first = createServices();
    first.globals.PropertiesService.getDocumentProperties().setProperty("tarif", "11.88").setProperties({ a: "1", b: "2" });
    const second = first.handle.newExecution();
    const props = second.globals.PropertiesService.getDocumentProperties();
    expect(props.getProperty("tarif")).toBe("11.88");
    expect(props.getProperties()).toEqual({ tarif: "11.88", a: "1", b: "2" });
    expect(second.globals.PropertiesService.getUserProperties().getProperty("tarif")).toBeNull();
    props.deleteProperty("a").setProperties({ c: "3" }, true);
    expect(props.getKeys()).toEqual(["c"]);
  });

  it("enforces 9 KB per value and 500 KB per store", () => {
    const props = createServices().globals.PropertiesService.getScriptProperties();
    props.setProperty("ok", "x".repeat(9 * 1024));
    expect(() => props.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    expect(() => props.setProperty("accents", "é".repeat(5000))).toThrow("Argument too large: value");
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, "x".repeat(9000));
    expect(() => props.setProperty("last", "x".repeat(9000))).toThrow(
      "You have exceeded the property storage quota. Please remove some properties and try again.",
    );
    expect(props.getProperty("last")).toBeNull();
  });
});

describe("LockService", () => {
  it("makes a second execution wait for the document lock the first one holds", () => {
    const first = createServices();
    const second = first.handle.newExecution();
    const lock1 = first.globals.LockService.getDocumentLock();
    const lock2 = second.globals.LockService.getDocumentLock();
    expect(lock1.tryLock(10_000)).toBe(true);
    expect(lock1.hasLock()).toBe(true);
    expect(lock2.tryLock(10_000)).toBe(false);
    expect(lock2.hasLock()).toBe(false);
    expect(() => lock2.waitLock(30_000)).toThrow("Lock timeout: another process was holding the lock for too long.");
    expect(second.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    lock1.releaseLock();
    expect(lock2.tryLock(0)).toBe(true);
    second.handle.endExecution();
    expect(first.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe("access policy", () => {
  it("lets onOpen in AuthMode.NONE build a menu and nothing else", () => {
    const { globals, handle } = createServices({ authMode: "NONE" });
    globals.SpreadsheetApp.getUi().createAddonMenu().addItem("Ouvrir", "showSidebar").addSeparator().addToUi();
    expect(handle.ui.menus).toHaveLength(1);
    expect(globals.ScriptApp.AuthMode.NONE).toBe("NONE");
    expect(() => globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      /^You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: .*spreadsheets.currentonly/,
    );
    expect(() => globals.PropertiesService.getDocumentProperties()).toThrow("You do not have permission to call PropertiesService.getDocumentProperties");
    expect(() => globals.Session.getScriptTimeZone()).toThrow("You do not have permission");
    expect(() => globals.SpreadsheetApp.getUi().showSidebar(null as never)).toThrow("You do not have permission to call Ui.showSidebar");
  });

  it("keeps custom functions read-only and without UI", () => {
    const { globals } = createServices({
      customFunction: true,
      sheets: [sheetFromRows("Journal", [["a", 1]])],
      properties: { document: { tarif: "11.88" } },
    });
    const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getRange("Journal!A1:B1").getValues()).toEqual([["a", 1]]);
    expect(() => ss.getRange("Journal!A1").setValue(2)).toThrow("You do not have permission to call setValue");
    expect(() => ss.getRange("Journal!A1:B1").setValues([[1, 2]])).toThrow("You do not have permission to call setValues");
    expect(() => ss.insertSheet("Rapport")).toThrow("You do not have permission to call insertSheet");
    expect(() => globals.SpreadsheetApp.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
    const props = globals.PropertiesService.getDocumentProperties();
    expect(props.getProperty("tarif")).toBe("11.88");
    expect(() => props.setProperty("tarif", "12")).toThrow("You do not have permission to call setProperty");
    expect(globals.Session.getActiveUser().getEmail()).toBe("");
  });
});

describe("call counter", () => {
  it("counts every service call per method, not internal work, and resets", () => {
    const rows = Array.from({ length: 500 }, (_, i) => [{ date: "2025-01-01" }, `B${i}`, { duration: "1:00:00" }]);
    const { globals, handle } = createServices({ sheets: [sheetFromRows("Journal", rows)] });
    const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName("Journal")!;
    const values = sheet.getRange(1, 1, sheet.getLastRow(), 3).getValues();
    sheet.getRange(1, 5, values.length, 1).setValues(values.map((r) => [r[1]])).setFontWeight("bold");
    expect(handle.calls.snapshot()).toEqual({
      "Range.getValues": 1,
      "Range.setFontWeight": 1,
      "Range.setValues": 1,
      "Sheet.getLastRow": 1,
      "Sheet.getRange": 2,
      "Spreadsheet.getSheetByName": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
    });
    expect(handle.calls.count()).toBe(8);
    expect(handle.calls.count("Sheet.getRange")).toBe(2);
    handle.calls.reset();
    expect(handle.calls.count()).toBe(0);
  });
});

describe("Utilities.formatDate", () => {
  const instant = new Date("2025-03-01T13:05:09.042Z");

  it("formats SimpleDateFormat patterns in the given zone", () => {
    expect(formatDate(instant, "Europe/Paris", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe("2025-03-01T14:05:09.042+01:00");
    expect(formatDate(instant, "America/Los_Angeles", "EEE d MMM yy h:mm a Z")).toBe("Sat 1 Mar 25 5:05 AM -0800");
    expect(formatDate(instant, "Pacific/Auckland", "EEEE dd MMMM yyyy HH'h' X")).toBe("Sunday 02 March 2025 02h +13");
    expect(formatDate(instant, "UTC", "yyyyMMdd HHmmss XXX 'o''clock'")).toBe("20250301 130509 Z o'clock");
    expect(formatDate(instant, "GMT+2", "HH:mm")).toBe("15:05");
  });

  it("shows historical offsets and is reachable through the Utilities global", () => {
    const { globals } = createServices();
    expect(globals.Utilities.formatDate(new Date("1899-12-29T23:50:39Z"), "Europe/Paris", "yyyy-MM-dd HH:mm:ss Z")).toBe("1899-12-30 00:00:00 +0009");
    expect(() => formatDate(instant, "UTC", "yyyy-qq")).toThrow("Illegal pattern character 'q'");
  });
});
