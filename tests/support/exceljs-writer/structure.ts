/**
 * What a workbook package holds, extracted with the project's tokenizer (never by comparing
 * bytes): sheets and their state, defined names, and for each sheet its cells (value and number
 * format), widths, heights, merges, pane, tab colour, validations, conditional formats, print
 * setup and tables. Two writers of the same plan must give equal structures.
 */
import { unzipSync, strFromU8 } from "fflate";
import { CLOSE, END, OPEN, TEXT, XmlTokenizer } from "../../../src/workbook/xlsx/package/tokenizer";

export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** A small tree of a part (tests only: parts written for a test are small). */
export function tree(xml: string): Node {
  const x = new XmlTokenizer(xml);
  const stack: Node[] = [];
  let root: Node | undefined;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      const attrs: Record<string, string> = {};
      for (const a of x.attributes()) attrs[a.local === a.name ? a.name : `${a.name}`] = a.value;
      const node: Node = { name: x.local, attrs, children: [], text: "" };
      if (stack.length) stack[stack.length - 1].children.push(node);
      else root = node;
      stack.push(node);
    } else if (t === CLOSE) stack.pop();
    else if (t === TEXT && stack.length) stack[stack.length - 1].text += x.text();
  }
  if (!root) throw new Error("no root");
  return root;
}

const kids = (n: Node | undefined, name: string): Node[] =>
  n ? n.children.filter((c) => c.name === name) : [];
const kid = (n: Node | undefined, name: string): Node | undefined => kids(n, name)[0];
const deep = (n: Node, name: string): Node[] => [
  ...(n.name === name ? [n] : []),
  ...n.children.flatMap((c) => deep(c, name)),
];

const BUILTIN_FORMATS: Record<string, string> = {
  "0": "General",
  "1": "0",
  "2": "0.00",
  "9": "0%",
  "49": "@",
};

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relsOf(files: Record<string, string>, part: string): Map<string, string> {
  const dir = part.split("/").slice(0, -1).join("/");
  const base = part.split("/").pop() as string;
  const xml = files[`${dir ? `${dir}/` : ""}_rels/${base}.rels`];
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const r of kids(tree(xml), "Relationship")) out.set(r.attrs.Id, resolve(part, r.attrs.Target));
  return out;
}

/** A decimal/whole validation's bounds, with the writers' "no bound" stand-ins dropped. */
function bounds(v: Node): { min?: number; max?: number } {
  const f1 = kid(v, "formula1")?.text;
  const f2 = kid(v, "formula2")?.text;
  const op = v.attrs.operator ?? "between";
  const huge = (s: string | undefined): boolean => s === undefined || Math.abs(Number(s)) >= 2_147_483_647;
  if (op === "between")
    return { ...(huge(f1) ? {} : { min: Number(f1) }), ...(huge(f2) ? {} : { max: Number(f2) }) };
  if (op === "greaterThanOrEqual") return huge(f1) ? {} : { min: Number(f1) };
  if (op === "lessThanOrEqual") return huge(f1) ? {} : { max: Number(f1) };
  return { min: Number.NaN };
}

/** A range as a list of areas, `B2:B2` written `B2` (the same range). */
const sqref = (ref: string): string =>
  ref
    .split(/\s+/)
    .map((area) => {
      const [a, b] = area.split(":");
      return b === undefined || a === b ? a : area;
    })
    .join(" ");

const color = (n: Node | undefined): string | undefined => n?.attrs.rgb?.toUpperCase();

/** Print setup, defaults filled in; undefined when it is all defaults (ExcelJS writes them on every sheet). */
function printSetup(
  setup: Node | undefined,
  hf: Node | undefined,
): Record<string, string | undefined> | undefined {
  const print = {
    orientation: setup?.attrs.orientation === "landscape" ? "landscape" : "portrait",
    fitToWidth: setup?.attrs.fitToWidth ?? "1",
    fitToHeight: setup?.attrs.fitToHeight ?? "1",
    header: kid(hf, "oddHeader")?.text,
    footer: kid(hf, "oddFooter")?.text,
  };
  const defaults = print.orientation === "portrait" && print.fitToWidth === "1" && print.fitToHeight === "1";
  return defaults && !print.header && !print.footer ? undefined : print;
}

export interface Structure {
  sheets: {
    name: string;
    tables: { name: string }[];
    conditionalFormats: unknown[];
    validations: unknown[];
  }[];
  definedNames: Record<string, string>;
}

export function structure(bytes: Uint8Array): Structure {
  const raw = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [path, data] of Object.entries(raw)) if (!path.endsWith("/")) files[path] = strFromU8(data);
  const workbook = tree(files["xl/workbook.xml"]);
  const wbRels = relsOf(files, "xl/workbook.xml");
  const shared = files["xl/sharedStrings.xml"]
    ? kids(tree(files["xl/sharedStrings.xml"]), "si").map((si) =>
        deep(si, "t")
          .map((t) => t.text)
          .join(""),
      )
    : [];
  const styles = tree(files["xl/styles.xml"]);
  const customFormats = new Map(
    kids(kid(styles, "numFmts"), "numFmt").map((f) => [f.attrs.numFmtId, f.attrs.formatCode]),
  );
  const xfFormats = kids(kid(styles, "cellXfs"), "xf").map((xf) => {
    const id = xf.attrs.numFmtId ?? "0";
    return customFormats.get(id) ?? BUILTIN_FORMATS[id] ?? `#${id}`;
  });
  const dxfs = kids(kid(styles, "dxfs"), "dxf").map((d) => ({
    fill: color(deep(d, "bgColor")[0]),
    font: color(kid(kid(d, "font"), "color")),
  }));

  const sheets = kids(kid(workbook, "sheets"), "sheet").map((s) => {
    const part = wbRels.get(s.attrs["r:id"]) as string;
    const ws = tree(files[part]);
    const rels = relsOf(files, part);
    const cells: Record<string, { value: unknown; format: string }> = {};
    const heights: Record<string, number> = {};
    for (const row of kids(kid(ws, "sheetData"), "row")) {
      if (row.attrs.ht) heights[row.attrs.r] = Number(row.attrs.ht);
      for (const c of kids(row, "c")) {
        const t = c.attrs.t ?? "n";
        const v = kid(c, "v")?.text;
        let value: unknown = null;
        if (t === "s") value = shared[Number(v)];
        else if (t === "inlineStr")
          value = deep(c, "t")
            .map((x) => x.text)
            .join("");
        else if (t === "str") value = v ?? "";
        else if (t === "b") value = v === "1";
        else if (v !== undefined) value = Number(v);
        const format = xfFormats[Number(c.attrs.s ?? 0)] ?? "General";
        if (value === null && format === "General") continue;
        cells[c.attrs.r] = { value, format };
      }
    }
    const widths: Record<string, number> = {};
    for (const col of kids(kid(ws, "cols"), "col")) {
      if (col.attrs.customWidth !== "1" && col.attrs.width === undefined) continue;
      for (let i = Number(col.attrs.min); i <= Number(col.attrs.max); i++)
        widths[i] = Number(col.attrs.width);
    }
    const pane = kid(kid(kid(ws, "sheetViews"), "sheetView"), "pane");
    const sheetPr = kid(ws, "sheetPr");
    const setup = kid(ws, "pageSetup");
    const hf = kid(ws, "headerFooter");
    return {
      name: s.attrs.name,
      state: s.attrs.state ?? "visible",
      tabColor: color(kid(sheetPr, "tabColor")),
      fitToPage: kid(sheetPr, "pageSetUpPr")?.attrs.fitToPage === "1",
      pane: pane
        ? {
            xSplit: Number(pane.attrs.xSplit ?? 0),
            ySplit: Number(pane.attrs.ySplit ?? 0),
            topLeftCell: pane.attrs.topLeftCell,
            state: pane.attrs.state,
          }
        : undefined,
      cells,
      widths,
      heights,
      merges: kids(kid(ws, "mergeCells"), "mergeCell")
        .map((m) => m.attrs.ref)
        .sort(),
      validations: kids(kid(ws, "dataValidations"), "dataValidation")
        .map((v) => ({
          sqref: sqref(v.attrs.sqref),
          type: v.attrs.type,
          errorStyle: v.attrs.errorStyle ?? "stop",
          allowBlank: v.attrs.allowBlank === "1",
          showErrorMessage: v.attrs.showErrorMessage === "1",
          errorTitle: v.attrs.errorTitle,
          error: v.attrs.error,
          ...(v.attrs.type === "list" ? { source: kid(v, "formula1")?.text } : {}),
          ...(v.attrs.type === "date"
            ? {
                from: kid(v, "formula1")?.text,
                to: kid(v, "formula2")?.text,
                operator: v.attrs.operator ?? "between",
              }
            : {}),
          ...(v.attrs.type === "decimal" || v.attrs.type === "whole" ? bounds(v) : {}),
        }))
        .sort((a, b) => a.sqref.localeCompare(b.sqref)),
      conditionalFormats: kids(ws, "conditionalFormatting").flatMap((cf) =>
        kids(cf, "cfRule").map((r) => ({
          sqref: sqref(cf.attrs.sqref),
          type: r.attrs.type,
          priority: Number(r.attrs.priority),
          formula: kid(r, "formula")?.text,
          ...dxfs[Number(r.attrs.dxfId)],
        })),
      ),
      print: printSetup(setup, hf),
      tables: [...rels.values()]
        .filter((p) => p.startsWith("xl/tables/"))
        .map((p) => {
          const t = tree(files[p]);
          const info = kid(t, "tableStyleInfo");
          return {
            name: t.attrs.name,
            displayName: t.attrs.displayName,
            ref: t.attrs.ref,
            headerRowCount: t.attrs.headerRowCount ?? "1",
            totalsRowCount: t.attrs.totalsRowCount ?? "0",
            autoFilter: kid(t, "autoFilter")?.attrs.ref,
            columns: kids(kid(t, "tableColumns"), "tableColumn").map((c) => c.attrs.name),
            style: info?.attrs.name,
            rowStripes: info?.attrs.showRowStripes === "1",
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
  const definedNames = Object.fromEntries(
    kids(kid(workbook, "definedNames"), "definedName").map((d) => [d.attrs.name, d.text]),
  );
  return { sheets, definedNames };
}
