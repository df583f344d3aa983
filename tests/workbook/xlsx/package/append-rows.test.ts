import { existsSync } from "fs";
import JSZip from "jszip";
import { appendTableRows } from "../../../../src/workbook/xlsx/package/append-rows";
import { setConditionalFormats, writeCells } from "../../../../src/workbook/xlsx/package/cells";
import { changedParts, excelJsWorkbook, sheetValues, textOf, toPdf, userWorkbook } from "./package-fixtures";
import { testWith } from "../../../support/tools";

const withPython = testWith("openpyxl");
const withSoffice = testWith("soffice", "openpyxl");

describe("appendTableRows", () => {
  withPython("fills the empty last row first, extends ref and autoFilter", async () => {
    const input = userWorkbook();
    const out = await appendTableRows(
      input,
      "suivis",
      [
        [46000, "1.2", "Bloquée", null],
        [46001, "2.1", "=Réalisée", 100],
      ],
      ["date"],
    );
    expect(
      await changedParts(input, out, ["xl/worksheets/sheet2.xml", "xl/tables/table2.xml", "xl/styles.xml"]),
    ).toEqual([]);
    const table = await textOf(out, "xl/tables/table2.xml");
    expect(table).toMatch(/<table[^>]* ref="A1:D4"/);
    expect(table).toMatch(/<autoFilter ref="A1:D4"/);
    const values = (await sheetValues(out)).Suivis;
    expect(values).toContainEqual([3, 2, "1.2"]);
    expect(values).toContainEqual([4, 3, "=Réalisée"]);
    expect(values).toContainEqual([6, 1, "Note sous le tableau"]);
    expect(values.filter((v) => (v as number[])[0] === 5)).toEqual([]);
  });

  withPython("refuses when the cells below the table are not empty, naming them", async () => {
    const rows = [["a"], ["b"], ["c"], ["d"]];
    await expect(appendTableRows(userWorkbook(), "Suivis", rows)).rejects.toMatchObject({
      reason: "cells-not-empty",
      code: "write-refused",
      params: expect.objectContaining({ range: "Suivis!A4:D6" }),
    });
    await expect(appendTableRows(userWorkbook(), "Inconnu", rows)).rejects.toMatchObject({
      reason: "table-not-found",
    });
  });

  test("appends below an ExcelJS table with the style of the row above", async () => {
    const input = await excelJsWorkbook();
    const out = await appendTableRows(input, "Actions", [["1.3", "Jardin", null, null, null, null]]);
    expect(await textOf(out, "xl/tables/table1.xml")).toMatch(/ref="A1:F4"/);
    expect((await sheetValues(out))["Plan d'action"]).toContainEqual([4, 2, "Jardin"]);
    expect(await changedParts(input, out, ["xl/worksheets/sheet1.xml", "xl/tables/table1.xml"])).toEqual([]);
    const zip = await JSZip.loadAsync(out);
    expect(zip.file("xl/styles.xml")).not.toBeNull();
  });

  withSoffice("LibreOffice converts a workbook after every kind of edit", async () => {
    let bytes = userWorkbook();
    bytes = await appendTableRows(bytes, "Suivis", [[46000, "1.2", "Bloquée", 10]], ["date"]);
    bytes = await writeCells(bytes, "Plan d'action", [{ row: 2, col: 5, value: "Bloquée" }]);
    bytes = await setConditionalFormats(
      bytes,
      "Plan d'action",
      [{ range: "A2:H4", formula: '$E2="Bloquée"', fill: "FFCDD2" }],
      "Actions",
    );
    expect(existsSync(toPdf(bytes, "edits"))).toBe(true);
  });
});
