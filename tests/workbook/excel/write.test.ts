import type { CellWrite } from "../../../src/workbook/port";
import { emptySheet, type SheetPlan } from "../../../src/domain/layout/sheet-plan";
import { FLOOR_ONLY, SUIVI_HEADERS, bilanPlan, portOn, trackingWorkbook } from "./fake/tracking";

function computedCells(actions: number): CellWrite[] {
  const cells: CellWrite[] = [];
  for (let i = 0; i < actions; i += 1) {
    const row = 4 + i; // header on row 3 of "Plan d'action"
    cells.push({ sheet: "Plan d'action", row, col: 18, value: i % 2 ? "En cours" : "À venir" });
    cells.push({ sheet: "Plan d'action", row, col: 19, value: (i * 5) % 100 });
    cells.push({ sheet: "Plan d'action", row, col: 20, value: i % 2 ? 45800 : null, format: "date" });
    cells.push({ sheet: "Plan d'action", row, col: 21, value: i % 3 ? "" : "late, stale" });
  }
  return cells;
}

describe("ExcelPort.write", () => {
  test("a full bilan write (computed columns of 2,000 actions, conditional formats, owned sheet with charts) is 1 sync", async () => {
    const wb = trackingWorkbook(2000, 100);
    const { ctx, port } = portOn(wb);
    await port.read();
    const before = ctx.syncs;
    const result = await port.write({
      cells: computedCells(2000),
      conditionalFormats: [
        {
          sheet: "Plan d'action",
          rules: [
            { range: "A4:U2003", formula: 'ISNUMBER(SEARCH("late",$U4))', fill: "FCE4D6", tag: "Alerte" },
          ],
        },
      ],
      ownedSheet: bilanPlan(),
    });
    expect(ctx.syncs - before).toBe(1);
    expect(port.lastSyncs).toBe(1);
    expect(result).toEqual({ ownedSheet: "Bilan" });

    const plan = wb.sheet("Plan d'action");
    expect(plan?.cell(4, 18)?.value).toBe("À venir");
    expect(plan?.cell(2003, 19)?.value).toBe((1999 * 5) % 100);
    expect(plan?.cell(5, 20)).toEqual({ value: 45800, format: "yyyy-mm-dd" });
    expect(plan?.cell(4, 21)?.value).toBe("late, stale");
    expect(plan?.cell(5, 21)).toBeUndefined(); // "" clears the cell
    expect(plan?.log).toEqual([]); // no clearAll()
    expect(plan?.conditionalFormats).toEqual([
      {
        id: expect.any(String),
        type: "Custom",
        r1: 4,
        c1: 1,
        r2: 2003,
        c2: 21,
        // the marker, then the range it was written for (Excel gives no rule's range back)
        formula: '=AND(ISNUMBER(SEARCH("late",$U4)),N("PlanVivant.Alerte")=0,N("A4:U2003")=0)',
        fill: "#FCE4D6",
      },
    ]);

    const bilan = wb.sheet("Bilan");
    expect(bilan?.cell(1, 1)?.value).toBe("Bilan du suivi");
    expect(bilan?.cell(2, 1)).toEqual({ value: 46100, format: "yyyy-mm-dd" });
    expect(bilan?.cell(7, 2)?.value).toBe(7);
    expect(bilan?.cell(10, 1)).toEqual({ value: "-5 % sur l'échéancier", format: "@" });
    expect(bilan?.tabColor).toBe("#1F6E43");
    const log = bilan?.log.join("\n") ?? "";
    expect(log.match(/^charts\.add\([^)]*\)$/gm)).toHaveLength(2);
    expect(log).toContain('charts.add("Doughnut", Bilan!B5:B8, "Columns")');
    expect(log).toContain('charts.add("BarStacked", Bilan!B5:B8, "Columns")');
    const doughnut = 'charts.add("Doughnut", Bilan!B5:B8, "Columns")';
    const bars = 'charts.add("BarStacked", Bilan!B5:B8, "Columns")';
    expect(log).toContain(`${bars}.series.add("Réalisé").setValues(Bilan!C5:C8)`);
    expect(log).toContain(`${bars}.series.add("Réalisé").setXAxisValues(Bilan!A5:A8)`);
    expect(log).toContain(`${bars}.series.getItemAt(0).format.fill.setSolidColor("#2E75B6")`);
    expect(log).toContain(`${doughnut}.series.getItemAt(0).setXAxisValues(Bilan!A5:A8)`);
    expect(log).toContain(
      `${doughnut}.series.getItemAt(0).points.getItemAt(3).format.fill.setSolidColor("#C00000")`,
    );
    expect(log).toContain(`${doughnut}.setPosition("A12", "D26")`);
    expect(log).toContain(`${doughnut}.title.text = "Actions par statut"`);
    expect(log).toContain("A1:C1.merge(false)");
    expect(log).toContain("freezePanes.freezeRows(3)");
    expect(log).toContain('pageLayout.orientation = "Landscape"');
    expect(log).toContain('pageLayout.headersFooters.defaultForAllPages.leftHeader = "Familles && aînés"');
    expect(log).toContain('pageLayout.headersFooters.defaultForAllPages.rightHeader = "2026-03-15"');
    expect(log).toContain('pageLayout.headersFooters.defaultForAllPages.centerFooter = "Plan vivant"');
    expect(bilan?.conditionalFormats).toEqual([
      {
        id: expect.any(String),
        type: "Custom",
        r1: 5,
        c1: 2,
        r2: 8,
        c2: 2,
        formula: "=$B5>5",
        fill: "#FCE4D6",
      },
    ]);
    expect(log).toContain("A1:A1.format.font.bold = true");
    expect(wb.name("PlanVivant.Bilan")).toEqual({
      name: "PlanVivant.Bilan",
      formula: "=Bilan!$A$1",
      visible: true,
    });
    expect(wb.log).toEqual(["suspendScreenUpdatingUntilNextSync"]);
  });

  test("a user's own Bilan sheet is kept: the report goes to Bilan (2), then replaces only itself", async () => {
    const wb = trackingWorkbook(3, 3);
    wb.seed("Bilan", 1, 1, [["Mes notes à moi"]]);
    const { ctx, port } = portOn(wb);
    await port.read();
    expect(await port.write({ ownedSheet: bilanPlan() })).toEqual({ ownedSheet: "Bilan (2)" });
    expect(wb.sheet("Bilan")?.cell(1, 1)?.value).toBe("Mes notes à moi");
    expect(wb.sheet("Bilan (2)")?.cell(1, 1)?.value).toBe("Bilan du suivi");
    // chart references to the plan's own sheet follow its real name
    expect(wb.sheet("Bilan (2)")?.log).toContain(
      `charts.add("Doughnut", 'Bilan (2)'!B5:B8, "Columns").series.getItemAt(0).setValues('Bilan (2)'!B5:B8)`,
    );
    const sheetsBefore = wb.sheets.length;

    const syncs = ctx.syncs;
    expect(await port.write({ ownedSheet: bilanPlan() })).toEqual({
      ownedSheet: "Bilan (2)",
      replacedSheet: "Bilan (2)",
    });
    expect(ctx.syncs - syncs).toBe(1);
    expect(wb.sheets).toHaveLength(sheetsBefore);
    expect(wb.sheet("Bilan")?.cell(1, 1)?.value).toBe("Mes notes à moi");
    expect(wb.name("PlanVivant.Bilan")?.formula).toBe("='Bilan (2)'!$A$1");
  });

  test("the owned sheet is found again by its name after a fresh read, and keeps its place", async () => {
    const wb = trackingWorkbook(3, 3);
    const first = portOn(wb);
    await first.port.read();
    await first.port.write({ ownedSheet: bilanPlan() });
    wb.sheets.push(wb.sheets.splice(wb.sheets.indexOf(wb.sheet("Bilan")!), 1)[0]); // user moves it last
    const position = wb.sheets.findIndex((s) => s.name === "Bilan");
    const second = portOn(wb);
    await second.port.read();
    await second.port.write({ ownedSheet: bilanPlan() });
    expect(wb.sheets.filter((s) => s.name.startsWith("Bilan")).map((s) => s.name)).toEqual(["Bilan"]);
    expect(wb.sheets.findIndex((s) => s.name === "Bilan")).toBe(position);
  });

  test("appending one follow-up is 1 sync; read + append is 3", async () => {
    const wb = trackingWorkbook(10, 10);
    const { ctx, port } = portOn(wb);
    await port.read();
    await port.write({
      append: [
        {
          table: "Suivis",
          rows: [
            [
              46100,
              "1.3",
              "En cours",
              40,
              "=SOMME(A1:A3) notée telle quelle",
              null,
              "+ relancer",
              125.5,
              3,
              "12",
              "Oui",
              "Porteur",
              "@julie",
            ],
          ],
          formats: ["date", "text", undefined, "integer", undefined, undefined, undefined, "money"],
        },
      ],
    });
    expect(ctx.syncs).toBe(3);
    const sheet = wb.sheet("Suivis");
    const table = wb.table("Suivis");
    expect(table?.lastRow).toBe(12);
    expect(sheet?.cell(12, 1)).toEqual({ value: 46100, format: "yyyy-mm-dd" });
    expect(sheet?.cell(12, 2)).toEqual({ value: "1.3", format: "@" });
    expect(sheet?.cell(12, 5)).toEqual({ value: "=SOMME(A1:A3) notée telle quelle", format: "@" });
    expect(sheet?.cell(12, 7)).toEqual({ value: "+ relancer", format: "@" });
    expect(sheet?.cell(12, 8)).toEqual({ value: 125.5, format: '#,##0.00 "$"' });
    expect(sheet?.cell(12, 10)).toEqual({ value: "12", format: "@" });
    expect(sheet?.cell(12, 13)).toEqual({ value: "@julie", format: "@" });
    expect(sheet?.cell(12, 5)?.formula).toBeUndefined();
  });

  test("a string starting with = written in place gets the @ format before its value", async () => {
    const wb = trackingWorkbook(3, 3);
    const { port } = portOn(wb);
    await port.read();
    await port.write({ cells: [{ sheet: "Plan d'action", row: 4, col: 4, value: "=1+1 reste du texte" }] });
    expect(wb.sheet("Plan d'action")?.cell(4, 4)).toEqual({ value: "=1+1 reste du texte", format: "@" });
  });

  test("a write refused for a known reason sends nothing", async () => {
    const wb = trackingWorkbook(3, 3);
    const { ctx, port } = portOn(wb);
    await port.read();
    const syncs = ctx.syncs;
    await expect(port.write({ append: [{ table: "Rencontres", rows: [["x"]] }] })).rejects.toMatchObject({
      name: "WorkbookError",
      code: "missing-table",
      params: { table: "Rencontres" },
    });
    await port.read();
    await expect(
      port.write({ cells: [{ sheet: "Nulle part", row: 1, col: 1, value: 1 }] }),
    ).rejects.toMatchObject({
      code: "not-found",
    });
    await port.read();
    await expect(
      port.write({ create: { lang: "fr", sheets: [emptySheet("Suivis")], definedNames: {} } }),
    ).rejects.toMatchObject({
      code: "exists",
    });
    expect(ctx.syncs - syncs).toBe(4); // the two re-reads only
    // the last message Excel received is the read's, nothing of the refused writes
    expect(ctx.lastRequest?.Actions.some((a) => a.ActionType === 4)).toBe(false);
  });

  test("without a previous read, a write first learns the structure (2 syncs)", async () => {
    const wb = trackingWorkbook(3, 3);
    const { ctx, port } = portOn(wb);
    await port.write({
      append: [
        {
          table: "Suivis",
          rows: [[46100, "1.1", "En cours", null, null, null, null, null, null, null, null, null, null]],
        },
      ],
    });
    expect(ctx.syncs).toBe(2);
    expect(port.lastSyncs).toBe(2);
    expect(wb.table("Suivis")?.lastRow).toBe(5);
  });

  test("creates missing sheets, tables and defined names in 1 sync", async () => {
    const wb = trackingWorkbook(3, 3);
    const { ctx, port } = portOn(wb);
    await port.read();
    const sheet: SheetPlan = emptySheet("Rencontres");
    sheet.freeze = { rows: 1 };
    sheet.tabColor = "#7030A0";
    sheet.tables.push({
      name: "Rencontres",
      row: 1,
      col: 1,
      style: "TableStyleMedium4",
      columns: [
        { header: "Date", width: 12, format: "date", validation: { kind: "date" } },
        { header: "Instance", width: 20 },
        {
          header: "Point statutaire",
          width: 10,
          validation: { kind: "list", source: "Oui,Non", strict: true },
          error: { title: "Oui ou Non", message: "Choisissez Oui ou Non." },
        },
        { header: "Décisions", width: 40, wrap: true },
      ],
      rows: [],
    });
    const syncs = ctx.syncs;
    await port.write({
      create: { lang: "fr", sheets: [sheet], definedNames: { "PlanVivant.Version": '"1"' } },
    });
    expect(ctx.syncs - syncs).toBe(1);
    const table = wb.table("Rencontres");
    expect(table).toMatchObject({ style: "TableStyleMedium4", row: 1, col: 1, lastRow: 2, lastCol: 4 });
    const made = wb.sheet("Rencontres");
    expect(made?.cell(1, 3)?.value).toBe("Point statutaire");
    expect(made?.cell(2, 1)?.format).toBe("yyyy-mm-dd"); // the blank row carries the column format
    expect(made?.tabColor).toBe("#7030A0");
    expect(made?.log).toContain("A1:A1048576.format.columnWidth = 66.75");
    expect(made?.log).toContain("D2:D2.format.wrapText = true");
    expect(made?.log).toContain(
      'C2:C2.dataValidation.rule = {"list":{"inCellDropDown":true,"source":"Oui,Non"}}',
    );
    expect(made?.log).toContain(
      'C2:C2.dataValidation.errorAlert = {"showAlert":true,"style":"Stop","title":"Oui ou Non","message":"Choisissez Oui ou Non."}',
    );
    expect(wb.name("PlanVivant.Version")?.formula).toBe('="1"'); // replaced, not duplicated
    expect(wb.names.filter((n) => n.name === "PlanVivant.Version")).toHaveLength(1);
    // now known: appending to it needs no discovery
    await port.write({ append: [{ table: "Rencontres", rows: [[46100, "Conseil", "Oui", "Adopté"]] }] });
    expect(ctx.syncs - syncs).toBe(2);
    expect(made?.cell(3, 2)?.value).toBe("Conseil");
  });

  test("degrades gracefully on ExcelApi 1.7: no validation, no screen updating, no page layout", async () => {
    const wb = trackingWorkbook(3, 3);
    const { ctx, port } = portOn(wb, FLOOR_ONLY);
    await port.read();
    const sheet = emptySheet("Acteurs");
    sheet.tables.push({
      name: "Acteurs",
      row: 1,
      col: 1,
      style: "TableStyleMedium2",
      columns: [
        { header: "Type", width: 12, validation: { kind: "list", source: "ListeTypes", strict: false } },
      ],
      rows: [["Élu"]],
    });
    const syncs = ctx.syncs;
    await port.write({ create: { lang: "fr", sheets: [sheet], definedNames: {} }, ownedSheet: bilanPlan() });
    expect(ctx.syncs - syncs).toBe(1);
    expect(wb.sheet("Acteurs")?.log.join("\n")).not.toContain("dataValidation");
    expect(wb.sheet("Bilan")?.log.join("\n")).not.toContain("pageLayout");
    expect(wb.log).toEqual([]);
    expect(port.support.degraded).toEqual([
      "data-validation",
      "screen-updating",
      "page-layout",
      "table-added",
    ]);
  });

  test("a huge write is chunked under the 5 MB request limit with a count fixed by its size", async () => {
    const wb = trackingWorkbook(3, 3);
    const { ctx, port } = portOn(wb);
    await port.read();
    const rows = Array.from({ length: 50_000 }, (_, i) => [
      45700 + (i % 300),
      `1.${i % 50}`,
      "En cours",
      50,
      `Réalisation numéro ${i} : rencontre avec le comité et les partenaires du milieu`,
      "Aucun",
      "Suivre au prochain comité",
      12.5,
      2,
      null,
      "Non",
      "Comité de suivi",
      "Julie Tremblay",
    ]);
    const sheet = emptySheet("Archives");
    sheet.tables.push({
      name: "Archives",
      row: 1,
      col: 1,
      style: "TableStyleLight1",
      columns: SUIVI_HEADERS.map((header, j) => ({
        header,
        width: 12,
        format: j === 0 ? ("date" as const) : undefined,
      })),
      rows,
    });
    const syncs = ctx.syncs;
    await port.write({ create: { lang: "fr", sheets: [sheet], definedNames: {} } });
    const spent = ctx.syncs - syncs;
    expect(spent).toBeGreaterThan(1);
    expect(port.lastSyncs).toBe(spent);
    for (const bytes of ctx.requestBytes.slice(syncs)) expect(bytes).toBeLessThan(5_000_000);
    expect(wb.table("Archives")?.lastRow).toBe(50_001);
    expect(wb.sheet("Archives")?.cell(50_001, 2)).toEqual({ value: "1.49", format: "@" });
    // the count depends on the payload only: chunks carry at least 2 MB each on average
    const sent = ctx.requestBytes.slice(syncs);
    const total = sent.reduce((a, b) => a + b, 0);
    expect(spent).toBeLessThanOrEqual(Math.ceil(total / 2_000_000));
  });

  test("the computed-column cells of 2,000 actions go as one block, far under the request limit", async () => {
    const wb = trackingWorkbook(2000, 1);
    const { ctx, port } = portOn(wb);
    await port.read();
    await port.write({ cells: computedCells(2000) });
    expect(ctx.requestBytes[2]).toBeLessThan(200_000);
    // Every cell of the block landed, the last row's included.
    expect(wb.sheet("Plan d'action")?.cell(2003, 18)?.value).toBe("En cours");
    expect(wb.sheet("Plan d'action")?.cell(2003, 19)?.value).toBe((1999 * 5) % 100);
  });
});
