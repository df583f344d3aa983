/**
 * Random .xlsx packages written part by part (fast-check arbitraries), in the forms producers
 * write: shared strings (plain and rich, with phonetic runs), inline strings, booleans, errors,
 * formulas with and without cached results, numbers under percent and date formats (built-in
 * and custom), the 1904 date system, tables with total rows or without header rows, blank rows,
 * merged cells and defined names. `prefix` writes the main namespace with a prefix (`x:`) as the
 * Open XML SDK does; `omitRefs` leaves out the `r` of rows and cells where it can.
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export type CellSpec =
  | { kind: "number"; value: number; style: number }
  | { kind: "shared"; runs: string[]; phonetic?: string }
  | { kind: "inline"; runs: string[] }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "formula"; result?: number | string | boolean; style: number }
  | { kind: "styled" };

export interface TableSpec {
  /** Rows of data under the header. */
  rows: number;
  cols: number;
  header: boolean;
  totals: boolean;
  /** Empty rows the ref declares past the data. */
  slack: number;
}

export interface SheetSpec {
  name: string;
  /** Row -> cells from column `col0`, null for an absent cell. */
  rows: (CellSpec | null)[][];
  /** Empty rows between data rows (blank rows), by index. */
  gaps: number[];
  table?: TableSpec;
  merge?: boolean;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  date1904: boolean;
  names: [string, string][];
}

/** Styles: 0 General, 1 percent (id 9), 2 built-in date (id 14), 3 custom date, 4 custom number. */
export const STYLES = 5;

const text = fc.string({
  unit: fc.constantFrom("a", "é", " ", "&", "<", ">", '"', "'", "1", "Z", "-"),
  maxLength: 8,
});

const cell: fc.Arbitrary<CellSpec | null> = fc.oneof(
  fc.constant(null),
  fc.record({
    kind: fc.constant("number" as const),
    value: fc.oneof(fc.integer({ min: -1000, max: 80000 }), fc.double({ min: 0, max: 60000, noNaN: true })),
    style: fc.integer({ min: 0, max: STYLES - 1 }),
  }),
  fc.record({ kind: fc.constant("shared" as const), runs: fc.array(text, { minLength: 1, maxLength: 3 }) }),
  // Non-empty: an empty inline string is an empty cell for the new reader, "" for ExcelJS when rich.
  fc.record({
    kind: fc.constant("inline" as const),
    runs: fc.array(text, { minLength: 1, maxLength: 3 }).filter((r) => r.join("") !== ""),
  }),
  fc.record({ kind: fc.constant("bool" as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant("error" as const), value: fc.constantFrom("#N/A", "#REF!", "#DIV/0!") }),
  fc.record(
    {
      kind: fc.constant("formula" as const),
      result: fc.oneof(fc.integer({ min: 0, max: 50000 }), text, fc.boolean()),
      style: fc.integer({ min: 0, max: STYLES - 1 }),
    },
    { requiredKeys: ["kind", "style"] },
  ),
  fc.constant({ kind: "styled" as const }),
);

const sheetName = fc.constantFrom("Plan d'action", "Suivis", "Notes", "Listes", "Données & co", "Feuil1");

const sheet: fc.Arbitrary<SheetSpec> = fc
  .record({
    cols: fc.integer({ min: 1, max: 5 }),
    rows: fc.integer({ min: 0, max: 6 }),
    table: fc.option(
      fc.record({ header: fc.boolean(), totals: fc.boolean(), slack: fc.integer({ min: 0, max: 3 }) }),
      { nil: undefined },
    ),
    merge: fc.boolean(),
    seed: fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 6, maxLength: 6 }),
    gaps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ cols, rows, table, merge, seed, gaps }) => ({
    name: "",
    rows: seed.slice(0, rows).map((r) => r.slice(0, cols)),
    gaps: table ? gaps.map(() => 0) : gaps,
    merge,
    ...(table ? { table: { rows, cols, ...table } } : {}),
  }));

export const workbookSpec: fc.Arbitrary<WorkbookSpec> = fc.record({
  sheets: fc
    .uniqueArray(fc.tuple(sheetName, sheet), { minLength: 1, maxLength: 3, selector: ([n]) => n })
    .map((list) => list.map(([name, s]) => ({ ...s, name }))),
  date1904: fc.boolean(),
  names: fc.array(
    fc.tuple(
      fc.constantFrom("Seuil", "PlanVivant.Version", "Champs"),
      fc.constantFrom("42", '"1"', "Notes!$A$1"),
    ),
    {
      maxLength: 2,
    },
  ),
});

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface WriteOptions {
  prefix?: boolean;
  omitRefs?: boolean;
}

/** The package's bytes. Data starts at row 2, column 2 (B2). */
export function writeWorkbook(spec: WorkbookSpec, options: WriteOptions = {}): Uint8Array {
  const p = options.prefix ? "x:" : "";
  const ns = options.prefix ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const strings: string[] = [];
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, xml: string) => (files[name] = strToU8(xml));
  const run = (runs: string[]) =>
    runs.length === 1
      ? `<${p}t xml:space="preserve">${escapeXml(runs[0])}</${p}t>`
      : runs
          .map(
            (r, i) =>
              `<${p}r>${i ? `<${p}rPr><${p}b/></${p}rPr>` : ""}<${p}t xml:space="preserve">${escapeXml(r)}</${p}t></${p}r>`,
          )
          .join("");
  let tableNo = 0;
  const contentTables: string[] = [];
  spec.sheets.forEach((s, si) => {
    const rowsXml: string[] = [];
    let sheetRow = 2;
    const col0 = 2;
    const t = s.table;
    const lines: (CellSpec | null)[][] = [];
    if (t?.header)
      lines.push(Array.from({ length: t.cols }, (_, c) => ({ kind: "shared", runs: [`Col ${c + 1}`] })));
    lines.push(...s.rows);
    if (t?.totals)
      lines.push(Array.from({ length: t.cols }, () => ({ kind: "formula", result: 7, style: 0 })));
    let previous = 0;
    lines.forEach((line, li) => {
      sheetRow += li === 0 ? 0 : 1 + (s.gaps[li] ?? 0);
      const cells: string[] = [];
      let prevCol = 0;
      line.forEach((c, ci) => {
        if (!c) return;
        const col = col0 + ci;
        const omit = options.omitRefs && col === prevCol + 1;
        prevCol = col;
        const r = omit ? "" : ` r="${letters(col)}${sheetRow}"`;
        switch (c.kind) {
          case "number":
            cells.push(`<${p}c${r}${c.style ? ` s="${c.style}"` : ""}><${p}v>${c.value}</${p}v></${p}c>`);
            break;
          case "shared":
            strings.push(
              `<${p}si>${run(c.runs)}${c.phonetic ? `<${p}rPh sb="0" eb="1"><${p}t>${escapeXml(c.phonetic)}</${p}t></${p}rPh>` : ""}</${p}si>`,
            );
            cells.push(`<${p}c${r} t="s"><${p}v>${strings.length - 1}</${p}v></${p}c>`);
            break;
          case "inline":
            cells.push(`<${p}c${r} t="inlineStr"><${p}is>${run(c.runs)}</${p}is></${p}c>`);
            break;
          case "bool":
            cells.push(`<${p}c${r} t="b"><${p}v>${c.value ? 1 : 0}</${p}v></${p}c>`);
            break;
          case "error":
            cells.push(`<${p}c${r} t="e"><${p}v>${c.value}</${p}v></${p}c>`);
            break;
          case "formula": {
            const type =
              typeof c.result === "string" ? ' t="str"' : typeof c.result === "boolean" ? ' t="b"' : "";
            const v =
              c.result === undefined
                ? ""
                : `<${p}v>${typeof c.result === "boolean" ? Number(c.result) : escapeXml(String(c.result))}</${p}v>`;
            // A style only on numeric results: ExcelJS turns a text or boolean result under a
            // date format into a date (see differential.test.ts).
            const style = c.style && typeof c.result === "number" ? ` s="${c.style}"` : "";
            cells.push(`<${p}c${r}${style}${type}><${p}f>1+1</${p}f>${v}</${p}c>`);
            break;
          }
          case "styled":
            cells.push(`<${p}c${r} s="1"/>`);
            break;
        }
      });
      const omitRow = options.omitRefs && sheetRow === previous + 1;
      previous = sheetRow;
      rowsXml.push(`<${p}row${omitRow ? "" : ` r="${sheetRow}"`}>${cells.join("")}</${p}row>`);
    });
    const merge = s.merge ? `<${p}mergeCells count="1"><${p}mergeCell ref="H1:J2"/></${p}mergeCells>` : "";
    let tableParts = "";
    if (t) {
      tableNo++;
      const top = 2;
      const height = (t.header ? 1 : 0) + Math.max(t.rows, t.header ? 1 : 1) + (t.totals ? 1 : 0) + t.slack;
      const ref = `${letters(col0)}${top}:${letters(col0 + t.cols - 1)}${top + height - 1}`;
      const columns = Array.from(
        { length: t.cols },
        (_, c) => `<${p}tableColumn id="${c + 1}" name="Col ${c + 1}"/>`,
      ).join("");
      put(
        `xl/tables/table${tableNo}.xml`,
        `<?xml version="1.0" encoding="UTF-8"?><${p}table ${ns} id="${tableNo}" name="Table${tableNo}" displayName="Table${tableNo}" ref="${ref}" headerRowCount="${t.header ? 1 : 0}"${t.totals ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}><${p}tableColumns count="${t.cols}">${columns}</${p}tableColumns></${p}table>`,
      );
      contentTables.push(
        `<Override PartName="/xl/tables/table${tableNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      );
      put(
        `xl/worksheets/_rels/sheet${si + 1}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table${tableNo}.xml"/></Relationships>`,
      );
      tableParts = `<${p}tableParts count="1"><${p}tablePart r:id="rId1"/></${p}tableParts>`;
    }
    put(
      `xl/worksheets/sheet${si + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}worksheet ${ns} xmlns:r="${REL}"><${p}sheetData>${rowsXml.join("")}</${p}sheetData>${merge}${tableParts}</${p}worksheet>`,
    );
  });
  put(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings.join("")}</${p}sst>`,
  );
  put(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${ns}><${p}numFmts count="2"><${p}numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><${p}numFmt numFmtId="165" formatCode="#,##0.00&quot; $&quot;"/></${p}numFmts>` +
      `<${p}fonts count="1"><${p}font/></${p}fonts><${p}fills count="1"><${p}fill/></${p}fills><${p}borders count="1"><${p}border/></${p}borders>` +
      `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0"/></${p}cellStyleXfs><${p}cellXfs count="${STYLES}"><${p}xf numFmtId="0"/><${p}xf numFmtId="9" applyNumberFormat="1"/><${p}xf numFmtId="14" applyNumberFormat="1"/><${p}xf numFmtId="164" applyNumberFormat="1"/><${p}xf numFmtId="165" applyNumberFormat="1"/></${p}cellXfs></${p}styleSheet>`,
  );
  const sheetsXml = spec.sheets
    .map((s, i) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const names = spec.names.length
    ? `<${p}definedNames>${spec.names.map(([n, v]) => `<${p}definedName name="${n}">${escapeXml(v)}</${p}definedName>`).join("")}</${p}definedNames>`
    : "";
  put(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}workbookPr${spec.date1904 ? ' date1904="1"' : ""}/><${p}sheets>${sheetsXml}</${p}sheets>${names}</${p}workbook>`,
  );
  const n = spec.sheets.length;
  put(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${spec.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  put(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      spec.sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      contentTables.join("") +
      "</Types>",
  );
  return zipSync(files);
}
