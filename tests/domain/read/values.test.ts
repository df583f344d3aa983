import { dayFromIso } from "../../../src/domain/dates";
import {
  isPercentFormat,
  numberFromText,
  parseAmount,
  parseDate,
  parseId,
  parseProgress,
  parseTerm,
  parseWhole,
} from "../../../src/domain/read/values";
import { STATUSES } from "../../../src/domain/vocabulary";

const day = (iso: string) => ({ ok: true, value: dayFromIso(iso) });

describe("parseDate", () => {
  it("reads Excel serials, dropping the time of day", () => {
    expect(parseDate(46096)).toEqual(day("2026-03-15"));
    expect(parseDate(46096.75)).toEqual(day("2026-03-15"));
  });
  it("reads ISO text and day-first text with / or -", () => {
    expect(parseDate("2026-03-15")).toEqual(day("2026-03-15"));
    expect(parseDate(" 15/03/2026 ")).toEqual(day("2026-03-15"));
    expect(parseDate("15-03-2026")).toEqual(day("2026-03-15"));
    expect(parseDate("5/3/2026")).toEqual(day("2026-03-05"));
  });
  it("treats an empty cell as empty", () => {
    expect(parseDate(null)).toEqual({ ok: true, value: undefined });
    expect(parseDate("   ")).toEqual({ ok: true, value: undefined });
  });
  it.each([
    ["03/15/2026"],
    ["2026-02-30"],
    ["31/04/2026"],
    ["mars 2026"],
    ["2026/03/15"],
    ["15.03.2026"],
    [true],
    [-3],
    [0],
  ])("refuses %p", (value) => {
    expect(parseDate(value as never).ok).toBe(false);
  });
  it("refuses error values", () => {
    expect(parseDate({ error: "#N/A" }).ok).toBe(false);
  });
});

describe("numbers", () => {
  it.each([
    ["1 234,56 $", 1234.56],
    ["1\u00a0234,56\u00a0$", 1234.56],
    ["1234.5", 1234.5],
    ["$1,234.56", 1234.56],
    ["12,5", 12.5],
    ["50 %", 50],
    ["0", 0],
  ])("reads %p as %p", (text, value) => {
    expect(numberFromText(text)).toBe(value);
  });
  it.each([["abc"], ["12 ans"], ["1,2,3"], [""]])("refuses %p", (text) => {
    expect(numberFromText(text)).toBeUndefined();
  });
  it("refuses negative amounts and accepts numbers", () => {
    expect(parseAmount(-1).ok).toBe(false);
    expect(parseAmount("-5").ok).toBe(false);
    expect(parseAmount(2500)).toEqual({ ok: true, value: 2500 });
    expect(parseAmount("2 500 $")).toEqual({ ok: true, value: 2500 });
  });
  it("wants whole numbers for whole settings", () => {
    expect(parseWhole(90)).toEqual({ ok: true, value: 90 });
    expect(parseWhole(90.5).ok).toBe(false);
  });
});

describe("parseProgress", () => {
  it("counts a percent-formatted cell as its percent", () => {
    expect(parseProgress(0.5, "0%")).toEqual({ ok: true, value: 50 });
    expect(parseProgress(0.57, "0.00%")).toEqual({ ok: true, value: 57 });
    expect(parseProgress(1, "0%")).toEqual({ ok: true, value: 100 });
  });
  it("reads a plain number as is, and text with %", () => {
    expect(parseProgress(0.5, "General")).toEqual({ ok: true, value: 0.5 });
    expect(parseProgress(75, null)).toEqual({ ok: true, value: 75 });
    expect(parseProgress("75 %")).toEqual({ ok: true, value: 75 });
  });
  it("tells out of range from not a number", () => {
    expect(parseProgress(120)).toEqual({ ok: false, outOfRange: true });
    expect(parseProgress(1.2, "0%")).toEqual({ ok: false, outOfRange: true });
    expect(parseProgress("beaucoup")).toEqual({ ok: false });
  });
  it("does not take a quoted % for a percent format", () => {
    expect(isPercentFormat('0" %"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat("0.0%")).toBe(true);
  });
});

describe("ids and terms", () => {
  it("reads an id typed as a number as text", () => {
    expect(parseId(3)).toBe("3");
    expect(parseId(2.1)).toBe("2.1");
    expect(parseId(" 1.1.2 ")).toBe("1.1.2");
    expect(parseId("")).toBeUndefined();
    expect(parseId({ error: "#REF!" })).toBeUndefined();
  });
  it("matches statuses ignoring case and accents, in French or English", () => {
    expect(parseTerm(STATUSES, "réalisée")).toEqual({ ok: true, value: "done" });
    expect(parseTerm(STATUSES, "REALISEE")).toEqual({ ok: true, value: "done" });
    expect(parseTerm(STATUSES, "Partly done")).toEqual({ ok: true, value: "partly-done" });
    expect(parseTerm(STATUSES, " bloquee ")).toEqual({ ok: true, value: "blocked" });
    expect(parseTerm(STATUSES, "Terminé").ok).toBe(false);
  });
});
