/**
 * Behaviours of the Excel host that a naive adapter gets wrong, each against the adapter:
 * total rows, row heights, text Excel would parse, rows.add inserting, protection, events.
 */
import { emptySheet } from "../../../src/domain/layout/sheet-plan";
import { enteredCell } from "./host/values";
import { portOn, trackingWorkbook } from "./fake/tracking";

/** A follow-up row as wide as the Suivis table (13 columns). */
const ROW = [46100, "1.1", "En cours", 10, "Rencontre", null, null, null, null, null, null, null, null];

describe("the Excel host", () => {
  test("a table's total row is in getRange() but never read as a follow-up", async () => {
    const wb = trackingWorkbook(3, 4);
    const suivis = wb.table("Suivis")!;
    wb.seed("Suivis", suivis.lastRow + 1, 1, [["Total", null, null, null, null, null, null, 999]]);
    suivis.lastRow += 1;
    suivis.showTotals = true;
    const { port } = portOn(wb);
    const snapshot = await port.read();
    const table = snapshot.tables.find((t) => t.name === "Suivis");
    expect(table?.values).toHaveLength(5); // header + 4 follow-ups, no total row
    expect(table?.values.some((row) => row[0] === "Total")).toBe(false);
  });

  test("a row higher than 409 points is capped, so the batch is not refused", async () => {
    const wb = trackingWorkbook(1, 1);
    const { port } = portOn(wb);
    await port.read();
    const plan = emptySheet("Notes");
    plan.cells.push({ row: 1, col: 1, value: "Long texte" });
    plan.heights = { 1: 900 };
    await port.write({ create: { lang: "fr", sheets: [plan], definedNames: {} } });
    expect(wb.sheet("Notes")?.rowHeights.get(1)).toBe(409);
  });

  test("Excel parses what is typed into a General cell, in the workbook's locale", () => {
    expect(enteredCell("Septembre 2025", undefined, "fr-CA", 2026).value).toBe(45901);
    expect(enteredCell("mars 2025", undefined, "fr-CA", 2026).value).toBe(45717);
    expect(enteredCell("Jan 5", undefined, "en-US", 2026).value).toBe(46027);
    expect(enteredCell("40 %", undefined, "fr-CA", 2026)).toEqual({ value: 0.4, format: "0%" });
    expect(enteredCell("$12.50", undefined, "en-US", 2026).value).toBe(12.5);
    expect(enteredCell("12,50 $", undefined, "fr-CA", 2026).value).toBe(12.5);
    expect(enteredCell("VRAI", undefined, "fr-CA", 2026).value).toBe(true);
    expect(enteredCell("'2025-09-01", undefined, "fr-CA", 2026).value).toBe("2025-09-01");
    expect(enteredCell("=1+1", undefined, "en-US", 2026).formula).toBe("=1+1");
    expect(enteredCell("Septembre 2025", "@", "fr-CA", 2026).value).toBe("Septembre 2025");
  });

  test.each(["fr-CA", "en-US"] as const)(
    "free text that looks like a date stays text (%s)",
    async (locale) => {
      const wb = trackingWorkbook(2, 2);
      wb.locale = locale;
      const { port } = portOn(wb);
      await port.read();
      const texts = ["Septembre 2025", "mars 2025", "Jan 5", "40 %", "'cité", "VRAI", "TRUE", "$5"];
      await port.write({ cells: texts.map((value, i) => ({ sheet: "Listes", row: 10 + i, col: 1, value })) });
      texts.forEach((text, i) => expect(wb.sheet("Listes")?.cell(10 + i, 1)?.value).toBe(text));
    },
  );

  test("rows.add inserts: the cells below the table move down, nothing is overwritten", async () => {
    const wb = trackingWorkbook(2, 2);
    const suivis = wb.table("Suivis")!;
    wb.seed("Suivis", suivis.lastRow + 2, 1, [["Note sous le tableau"]]);
    const below = suivis.lastRow + 2;
    const { port } = portOn(wb);
    await port.read();
    await port.write({ append: [{ table: "Suivis", rows: [ROW] }] });
    expect(wb.sheet("Suivis")?.cell(below + 1, 1)?.value).toBe("Note sous le tableau");
    expect(wb.sheet("Suivis")?.cell(below, 1)?.value).not.toBe("Note sous le tableau");
  });

  test("a protected workbook structure refuses a new sheet with AccessDenied", async () => {
    const wb = trackingWorkbook(1, 1);
    wb.protectedStructure = true;
    const { port } = portOn(wb);
    await port.read();
    await expect(
      port.write({ create: { lang: "fr", sheets: [emptySheet("Nouvelle")], definedNames: {} } }),
    ).rejects.toMatchObject({ code: "write-refused", params: { reason: "AccessDenied" } });
  });

  test("Excel raises onChanged for the add-in's own write too: Local, at the rows it added", async () => {
    const wb = trackingWorkbook(2, 2);
    const { ctx, port } = portOn(wb);
    const heard: { source: string; address: string; tableId: string }[] = [];
    await ctx.run(async (context) => {
      const table = context.workbook.tables.getItem("Suivis");
      table.onChanged.add(async (args) => void heard.push(args));
      await context.sync();
    });
    await port.read();
    await port.write({ append: [{ table: "Suivis", rows: [ROW] }] });
    await ctx.events();
    expect(heard.length).toBeGreaterThan(0);
    for (const event of heard) expect(event).toMatchObject({ source: "Local", address: "A4:M4" });
  });
});
