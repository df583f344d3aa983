/** Inputs and checks shared by the package tests (not a test file itself). */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { IGNORED_NODES } from "../../../support/exceljs-reader/read";
import { preparePackage } from "../../../support/exceljs-reader/normalize";
import type { SheetPlan } from "../../../../src/domain/layout/sheet-plan";
import { findTool } from "../../../support/tools";

/** The python3 that has openpyxl (the first on PATH that imports it). */
export const PYTHON = findTool("openpyxl") ?? findTool("python3") ?? "python3";
const FIXTURE = join(__dirname, "../../../fixtures/package/user-workbook.py");

export const hasOpenpyxl = findTool("openpyxl") !== undefined;
export const hasSoffice = findTool("soffice") !== undefined;

let cached: Uint8Array | undefined;
/** The openpyxl workbook of tests/fixtures/package/user-workbook.py (chart, picture, comment, tables). */
export function userWorkbook(): Uint8Array {
  if (!cached) {
    const out = join(mkdtempSync(join(tmpdir(), "pv-pkg-")), "user.xlsx");
    execFileSync(PYTHON, [FIXTURE, out]);
    cached = new Uint8Array(readFileSync(out));
  }
  return cached;
}

/** A workbook as ExcelJS writes it: Actions and Suivis tables, a plain sheet. */
export async function excelJsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Plan d'action");
  plan.addTable({
    name: "Actions",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: ["No", "Action", "Statut actuel", "Avancement (%)", "Dernier suivi", "Alerte"].map((name) => ({
      name,
    })),
    rows: [
      ["1.1", "Parc", null, null, null, null],
      ["1.2", "Navette", null, null, null, null],
    ],
  });
  const suivis = wb.addWorksheet("Suivis");
  suivis.addTable({
    name: "Suivis",
    ref: "A1",
    headerRow: true,
    columns: ["Date", "No action", "Statut"].map((name) => ({ name })),
    rows: [[new Date(Date.UTC(2025, 8, 1)), "1.1", "En cours"]],
  });
  wb.addWorksheet("Notes").getCell("A1").value = "Rien à signaler";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("uint8array"));
  return out;
}

export async function textOf(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}

/** Parts of `before` that differ in `after` (missing or other bytes), except `allowed` ones. */
export async function changedParts(
  before: Uint8Array,
  after: Uint8Array,
  allowed: string[],
): Promise<string[]> {
  const a = await partsOf(before);
  const b = await partsOf(after);
  const out: string[] = [];
  for (const [path, bytes] of a) {
    if (allowed.includes(path)) continue;
    const other = b.get(path);
    if (!other || Buffer.compare(Buffer.from(bytes), Buffer.from(other)) !== 0) out.push(path);
  }
  return out;
}

/** Cell values of every sheet but `except`, as ExcelJS sees them. */
export async function sheetValues(
  bytes: Uint8Array,
  except: string[] = [],
): Promise<Record<string, unknown[]>> {
  // openpyxl's absolute relationship targets need the project's normalization before ExcelJS.
  // ExcelJS 4.4 also crashes on drawings written without the xdr: prefix (openpyxl's), even
  // on the untouched input: drop those drawings here, they hold no cell values.
  const zip = await JSZip.loadAsync(bytes);
  for (const f of Object.values(zip.files)) {
    if (/^xl\/drawings\/[^/]+\.xml$/.test(f.name) && /<wsDr\b/.test(await f.async("string"))) {
      zip.file(
        f.name,
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
      );
    }
  }
  const prepared = await preparePackage(await zip.generateAsync({ type: "uint8array" }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(prepared.bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  const out: Record<string, unknown[]> = {};
  wb.eachSheet((ws) => {
    if (except.includes(ws.name)) return;
    const values: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => values.push([r, c, cell.value])),
    );
    out[ws.name] = values;
  });
  return out;
}

/** Converts with LibreOffice headless; returns the PDF path (throws on failure). */
export function toPdf(bytes: Uint8Array, name = "out"): string {
  const dir = mkdtempSync(join(tmpdir(), "pv-lo-"));
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, bytes);
  const result = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      input,
    ],
    { timeout: 60_000, encoding: "utf8" },
  );
  const pdf = join(dir, `${name}.pdf`);
  if (result.status !== 0 || !existsSync(pdf)) throw new Error(`soffice failed: ${result.stderr}`);
  return pdf;
}

/** A bilan as the domain plans it: cells, merges, a table, three charts, rules, print setup. */
export function bilanPlan(name = "Bilan"): SheetPlan {
  const statuses = ["À venir", "En cours", "Bloquée", "Réalisée"];
  const counts = [3, 5, 1, 4];
  return {
    name,
    tabColor: "2E7D32",
    freeze: { rows: 2 },
    widths: { 1: 28, 2: 12, 3: 12 },
    tables: [],
    cells: [
      {
        row: 1,
        col: 1,
        value: 'Bilan du suivi — PFM-MADA <2026> & "Québec"',
        style: { bold: true, size: 16 },
      },
      { row: 2, col: 1, value: "=SUM(A1:A3) reste du texte", style: { italic: true } },
      { row: 4, col: 1, value: "Statut", style: { bold: true, fill: "DDEEFF" } },
      { row: 4, col: 2, value: "Actions", style: { bold: true, fill: "DDEEFF" } },
      { row: 4, col: 3, value: "En retard", style: { bold: true, fill: "DDEEFF" } },
      ...statuses.flatMap((s, i) => [
        { row: 5 + i, col: 1, value: s },
        { row: 5 + i, col: 2, value: counts[i], style: { format: "integer" as const } },
        { row: 5 + i, col: 3, value: i === 1 ? 2 : 0, style: { format: "integer" as const } },
      ]),
      { row: 10, col: 1, value: "Date de référence" },
      { row: 10, col: 2, value: 46100, style: { format: "date" } },
      { row: 11, col: 1, value: "Dépenses" },
      { row: 11, col: 2, value: 1234.56, style: { format: "money", align: "right" } },
      { row: 12, col: 1, value: "Texte avec \u0001 caractère interdit", style: { wrap: true } },
    ],
    merges: [{ row: 1, col: 1, rows: 1, cols: 6 }],
    charts: [
      {
        kind: "doughnut",
        title: "Actions par statut",
        categories: "Bilan!$A$5:$A$8",
        series: [{ name: "Actions", values: "Bilan!$B$5:$B$8" }],
        cache: { categories: statuses, values: [counts] },
        anchor: { row: 14, col: 1, rows: 15, cols: 3 },
        pointColors: ["BDBDBD", "1E88E5", "E53935", "43A047"],
      },
      {
        kind: "bar-stacked",
        title: "Actions et retards",
        categories: "Bilan!$A$5:$A$8",
        series: [
          { name: "Actions", values: "Bilan!$B$5:$B$8", color: "1E88E5" },
          { name: "En retard", values: "Bilan!$C$5:$C$8", color: "E53935" },
        ],
        cache: { categories: statuses, values: [counts, [0, 2, 0, 0]] },
        anchor: { row: 14, col: 4, rows: 15, cols: 5 },
      },
      {
        kind: "column-clustered",
        title: "Colonnes",
        categories: "Bilan!$A$5:$A$8",
        series: [{ name: "Actions", values: "Bilan!$B$5:$B$8" }],
        cache: { categories: statuses, values: [counts] },
        anchor: { row: 30, col: 1, rows: 15, cols: 6 },
      },
    ],
    conditionalFormats: [{ range: "C5:C8", formula: "$C5>0", fill: "FFCDD2", color: "B71C1C" }],
    print: {
      landscape: true,
      fitToWidth: true,
      header: { center: "Bilan & suivi" },
      footer: { center: "Plan vivant" },
    },
    heights: { 5: 30 },
  };
}
