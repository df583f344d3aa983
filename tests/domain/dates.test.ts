import fc from "fast-check";
import { dayFromIso, dayToIso, yearOf } from "../../src/domain/dates";

/** dayToIso as written before it remembered the days it wrote out. */
const isoOnce = (day: number): string =>
  new Date(Date.UTC(1899, 11, 30) + Math.floor(day) * 86_400_000).toISOString().slice(0, 10);

describe("dayToIso", () => {
  it("writes Excel serials as AAAA-MM-JJ", () => {
    expect(dayToIso(45000)).toBe("2023-03-15");
    expect(dayToIso(61)).toBe("1900-03-01");
    expect(dayToIso(45000.75)).toBe("2023-03-15");
    expect(yearOf(46352)).toBe(2026);
  });

  it("gives the same text asked once or again, past the memory's size too, and round-trips", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 2_958_465, noNaN: true }), { maxLength: 50 }), (days) => {
        for (const day of days) expect(dayToIso(day)).toBe(isoOnce(day));
        for (const day of days) expect(dayToIso(day)).toBe(isoOnce(day));
        for (const day of days) if (day >= 61) expect(dayFromIso(dayToIso(day))).toBe(Math.floor(day));
      }),
    );
    const many = Array.from({ length: 25_000 }, (_, i) => 30_000 + i);
    for (const day of many) dayToIso(day);
    expect(many.map(dayToIso)).toEqual(many.map(isoOnce));
  });

  it("still refuses a day no date has", () => {
    expect(() => dayToIso(Number.NaN)).toThrow(RangeError);
    expect(() => dayToIso(Number.NaN)).toThrow(RangeError);
  });
});
