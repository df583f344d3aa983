import {
  formatDate,
  formatDays,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
  joinWords,
  plural,
} from "../../src/domain/format";
import { dayFromIso } from "../../src/domain/dates";

describe("format", () => {
  test("numbers: thousands and decimal marks per language", () => {
    expect(formatNumber(1234.5, "fr")).toBe("1\u00a0234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(1234567.891, "fr")).toBe("1\u00a0234\u00a0567,89");
    expect(formatNumber(0.005, "en")).toBe("0.01");
    expect(formatNumber(-0.001, "fr")).toBe("0");
    expect(formatNumber(-999.5, "en", 0)).toBe("-1,000");
    expect(formatNumber(12, "fr", 2, 2)).toBe("12,00");
    expect(formatInteger(1500.4, "fr")).toBe("1\u00a0500");
  });

  test("money: FR 1 234,56 $, EN $1,234.56", () => {
    expect(formatMoney(1234.56, "fr")).toBe("1\u00a0234,56\u00a0$");
    expect(formatMoney(1234.56, "en")).toBe("$1,234.56");
    expect(formatMoney(0, "fr")).toBe("0,00\u00a0$");
    expect(formatMoney(-50.5, "en")).toBe("-$50.50");
    expect(formatMoney(-50.5, "fr")).toBe("-50,50\u00a0$");
    expect(formatMoney(1500, "fr", { cents: false })).toBe("1\u00a0500\u00a0$");
    expect(formatMoney(1500.1, "en", { cents: false })).toBe("$1,500.10");
    expect(formatMoney(0.1 + 0.2, "en")).toBe("$0.30");
  });

  test("percent from a share", () => {
    expect(formatPercent(0.45, "fr")).toBe("45\u00a0%");
    expect(formatPercent(0.45, "en")).toBe("45%");
    expect(formatPercent(0.1667, "fr")).toBe("17\u00a0%");
    expect(formatPercent(12.5, "en")).toBe("1,250%");
  });

  test("dates AAAA-MM-JJ and days", () => {
    expect(formatDate(dayFromIso("2026-03-15"))).toBe("2026-03-15");
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDays(12, "fr")).toBe("12 j");
    expect(formatDays(1200, "en")).toBe("1,200 d");
  });

  test("plural and lists", () => {
    expect(plural(0, "fr", "action", "actions")).toBe("action");
    expect(plural(0, "en", "action", "actions")).toBe("actions");
    expect(plural(1, "en", "action", "actions")).toBe("action");
    expect(plural(2, "fr", "action", "actions")).toBe("actions");
    expect(joinWords([], "fr")).toBe("");
    expect(joinWords(["A"], "fr")).toBe("A");
    expect(joinWords(["A", "B"], "en")).toBe("A and B");
    expect(joinWords(["A", "B", "C"], "fr")).toBe("A, B et C");
  });
});
