/**
 * The hostile cases: each one a file (made from the demo workbook, or by openpyxl), the command
 * run on it, and what the promise says must come out. Written from issue 10's promise, not from
 * what the CLI does today.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "fs";
import path from "path";
import {
  absoluteTargets,
  cellsWithoutR,
  commentsInSheetData,
  encryptedCfb,
  latin1,
  mutate,
  partsOf,
  prefixed,
  sheetPart,
  spacedQuotes,
  tablePartNamed,
  text,
  zipBomb,
  type Parts,
} from "./package";
import { internalsIn, runCli } from "./child";

export type Kind = "producer" | "slip" | "damaged";

/** What a case must give, beyond what every case must (bounded, no internals, input unchanged). */
export type Expected =
  /** Read exactly as the demo: exit 0, the same counts and flags. */
  | { read: "as-base" }
  /** `bilan -o out.xlsx` succeeds and out.xlsx reads as the demo does. */
  | { bilan: "as-base" }
  /** Exit 2, one message naming the file, and each pattern (the part, the cause). */
  | { refused: RegExp[]; notAsMissing?: boolean }
  /** Anything else, checked by the case itself. */
  | { custom: (run: CaseRun) => void | Promise<void> };

export interface CaseRun {
  dir: string;
  file: string;
  code: number | null;
  stdout: string;
  stderr: string;
  /** `check --json` of a file in `dir`, bounded like the case itself. */
  check(file: string): Promise<{ code: number | null; json?: CheckJson; stderr: string }>;
}

export interface CheckJson {
  counts: { actions: number; suivis: number; errors: number; warnings: number };
  flags: { action: string; kind: string }[];
  problems: { severity: string; code: string; cell: string; message: string; row?: number; table?: string }[];
}

export interface Case {
  name: string;
  kind: Kind;
  /** Needs the openpyxl generator's output (tests/hostile/generators/openpyxl-cases.py). */
  openpyxl?: boolean;
  /** Writes the input into `dir`; returns its name there. */
  make(dir: string, base: Uint8Array, generated: string): Promise<string>;
  /** The command (default `check FILE --json`). */
  args?(file: string): string[];
  expected: Expected;
  /** The defect of issue 10 this case waits for, when it fails today (documentation). */
  defect?: string;
}

const MAIN_PARTS = /^xl\/(workbook|sharedStrings|styles)\.xml$|^xl\/(worksheets|tables)\/[^/]+\.xml$/;

async function write(dir: string, name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  writeFileSync(path.join(dir, name), await bytes);
  return name;
}

/** Every worksheet part; the demo's Plan d'action sheet (the Actions table) is the second. */
const SHEETS = /^xl\/worksheets\/[^/]+\.xml$/;
const ACTIONS_SHEET = "xl/worksheets/sheet2.xml";

const each = (parts: Parts, test: RegExp, change: (xml: string, name: string) => string) => {
  const out: Record<string, string> = {};
  for (const name of Object.keys(parts)) if (test.test(name)) out[name] = change(text(parts, name), name);
  return out;
};

const copyGenerated = (name: string) => async (dir: string, _base: Uint8Array, generated: string) => {
  writeFileSync(path.join(dir, name), readFileSync(path.join(generated, name)));
  return name;
};

const bilanTo = (file: string) => ["bilan", file, "-o", "out.xlsx"];

/** A problem of `check --json` located on row `row` of the Suivis sheet. */
const onSuivisRow = (json: CheckJson, row: number) =>
  json.problems.some(
    (p) =>
      (p.row === row && p.table === "Suivis") || new RegExp(`^Suivis!\\$?[A-Z]+\\$?${row}$`).test(p.cell),
  );

const sheetNames = (parts: Parts) =>
  [...text(parts, "xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) =>
    m[1].replace(/&apos;/g, "'"),
  );

const sheetDataOf = (parts: Parts, sheet: string) => {
  const xml = text(parts, sheetPart(parts, sheet));
  return xml.slice(xml.indexOf("<sheetData"), xml.indexOf("</sheetData>"));
};

export const CASES: Case[] = [
  // ---- Valid OOXML as other producers write it: read exactly as the demo. ----
  {
    name: "prefix-x.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "prefix-x.xlsx",
        mutate(base, (p) => each(p, MAIN_PARTS, prefixed)),
      ),
    expected: { read: "as-base" },
    defect: "reader: namespace prefixes (Open XML SDK's x:)",
  },
  {
    name: "prefix-x-bilan.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "prefix-x-bilan.xlsx",
        mutate(base, (p) => each(p, MAIN_PARTS, prefixed)),
      ),
    args: bilanTo,
    expected: { bilan: "as-base" },
    defect: "reader + editor: namespace prefixes",
  },
  {
    name: "quotes-spaces.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "quotes-spaces.xlsx",
        mutate(base, (p) => each(p, /^xl\/worksheets\/[^/]+\.xml$/, spacedQuotes)),
      ),
    expected: { read: "as-base" },
  },
  {
    name: "quotes-spaces-bilan.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "quotes-spaces-bilan.xlsx",
        mutate(base, (p) => each(p, /^xl\/worksheets\/[^/]+\.xml$/, spacedQuotes)),
      ),
    args: bilanTo,
    expected: { bilan: "as-base" },
    defect: "editor: tokenizer edits (a second r attribute today), parse-back",
  },
  {
    name: "comments-pi.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "comments-pi.xlsx",
        mutate(base, (p) => each(p, /^xl\/worksheets\/[^/]+\.xml$/, commentsInSheetData)),
      ),
    expected: { read: "as-base" },
    defect: "reader: comments and processing instructions inside sheetData",
  },
  {
    name: "cdata.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "cdata.xlsx",
        mutate(base, (p) =>
          each(p, SHEETS, (xml) => xml.replace(/<t>([^<]+)<\/t>/g, "<t><![CDATA[$1]]></t>")),
        ),
      ),
    expected: { read: "as-base" },
    defect: "reader: CDATA sections",
  },
  {
    name: "comments-pi-bilan.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "comments-pi-cdata-bilan.xlsx",
        mutate(base, (p) => each(p, /^xl\/worksheets\/[^/]+\.xml$/, commentsInSheetData)),
      ),
    args: bilanTo,
    expected: { bilan: "as-base" },
    defect: "editor: tokenizer edits (mismatched tags today), parse-back",
  },
  {
    name: "cells-without-r.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "cells-without-r.xlsx",
        mutate(base, (p) => each(p, /^xl\/worksheets\/[^/]+\.xml$/, cellsWithoutR)),
      ),
    expected: { read: "as-base" },
  },
  {
    name: "latin1.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "latin1.xlsx",
        mutate(base, (p) => {
          const out: Record<string, Uint8Array> = {};
          for (const [name, xml] of Object.entries(each(p, SHEETS, (x) => x))) out[name] = latin1(xml);
          return out;
        }),
      ),
    expected: { read: "as-base" },
    defect: "reader: the declared encoding (ISO-8859-1 read as UTF-8 today)",
  },
  {
    name: "absolute-targets.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "absolute-targets.xlsx",
        mutate(base, (p) => ({
          "xl/_rels/workbook.xml.rels": absoluteTargets(text(p, "xl/_rels/workbook.xml.rels"), "xl"),
          ...each(p, /^xl\/worksheets\/_rels\/.+\.rels$/, (xml) => absoluteTargets(xml, "xl/worksheets")),
        })),
      ),
    expected: { read: "as-base" },
  },
  {
    name: "absolute-targets-bilan.xlsx",
    kind: "producer",
    make: (dir, base) =>
      write(
        dir,
        "absolute-targets-bilan.xlsx",
        mutate(base, (p) => ({
          "xl/_rels/workbook.xml.rels": absoluteTargets(text(p, "xl/_rels/workbook.xml.rels"), "xl"),
          ...each(p, /^xl\/worksheets\/_rels\/.+\.rels$/, (xml) => absoluteTargets(xml, "xl/worksheets")),
        })),
      ),
    args: bilanTo,
    expected: { bilan: "as-base" },
  },
  {
    name: "openpyxl-resaved.xlsx",
    kind: "producer",
    openpyxl: true,
    make: copyGenerated("openpyxl-resaved.xlsx"),
    expected: { read: "as-base" },
  },
  {
    name: "no-table-style.xlsx",
    kind: "producer",
    openpyxl: true,
    make: copyGenerated("no-table-style.xlsx"),
    expected: { read: "as-base" },
  },

  // ---- A user's slips: reported, located, nothing dropped in silence. ----
  {
    name: "rows-under-suivis.xlsx",
    kind: "slip",
    openpyxl: true,
    make: copyGenerated("rows-under-suivis.xlsx"),
    expected: {
      custom: ({ code, stdout }) => {
        expect(code === 0 || code === 1).toBe(true);
        const json = JSON.parse(stdout) as CheckJson;
        expect([onSuivisRow(json, 72), onSuivisRow(json, 73)]).toEqual([true, true]);
      },
    },
    defect: "reader: rows under tables",
  },
  {
    name: "duplicate-table.xlsx",
    kind: "slip",
    openpyxl: true,
    make: copyGenerated("duplicate-table.xlsx"),
    expected: {
      custom: ({ code, stdout, stderr }) => {
        expect(code === 1 || code === 2).toBe(true);
        const said = code === 2 ? stderr : JSON.stringify((JSON.parse(stdout) as CheckJson).problems);
        expect([/Actions/.test(said), /Acteurs/.test(said), /Plan d'+action/.test(said)]).toEqual([
          true,
          true,
          true,
        ]);
      },
    },
    defect: "reader: duplicate tables",
  },
  {
    name: "xlsm-renamed.xlsx",
    kind: "slip",
    make: (dir, base) => write(dir, "xlsm-renamed.xlsx", macroWorkbook(base)),
    args: bilanTo,
    expected: {
      custom: ({ dir, code, stderr }) => {
        // Either refused, saying why, with nothing written; or written as an .xlsm.
        if (code === 2) {
          expect(stderr).toMatch(/xlsm|macro/i);
          expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
        } else {
          expect([
            code,
            existsSync(path.join(dir, "out.xlsm")),
            existsSync(path.join(dir, "out.xlsx")),
          ]).toEqual([0, true, false]);
        }
      },
    },
    defect: "editor: macro type kept",
  },
  {
    name: "xlsm-default-output.xlsx",
    kind: "slip",
    make: (dir, base) => write(dir, "xlsm-default-output.xlsx", macroWorkbook(base)),
    args: (file) => ["bilan", file],
    expected: {
      custom: async ({ dir, code, stderr }) => {
        const written = readdirSync(dir).filter((f) => f.startsWith("xlsm-default-output - "));
        if (code === 2) expect([stderr.match(/xlsm|macro/i) !== null, written]).toEqual([true, []]);
        else expect([code, written.length, written.every((f) => f.endsWith(".xlsm"))]).toEqual([0, 1, true]);
      },
    },
    defect: "editor: macro type kept",
  },
  {
    name: "wrong-date.xlsx",
    kind: "slip",
    openpyxl: true,
    make: copyGenerated("wrong-date.xlsx"),
    expected: {
      custom: ({ code, stdout }) => {
        expect(code).toBe(1);
        const json = JSON.parse(stdout) as CheckJson;
        expect(
          json.problems.filter((p) => p.severity === "error" && /^Suivis!\$?A\$?2$/.test(p.cell)),
        ).toHaveLength(1);
      },
    },
  },
  {
    name: "missing-suivis.xlsx",
    kind: "slip",
    openpyxl: true,
    make: copyGenerated("missing-suivis.xlsx"),
    expected: { refused: [/Suivis/] },
  },

  // ---- Damaged and malicious files: one located message, bounded work. ----
  {
    name: "empty.xlsx",
    kind: "damaged",
    make: (dir) => write(dir, "empty.xlsx", new Uint8Array()),
    expected: { refused: [], notAsMissing: true },
    defect: "cli: messages for an empty file",
  },
  {
    name: "folder.xlsx",
    kind: "damaged",
    make: async (dir) => {
      mkdirSync(path.join(dir, "folder.xlsx"));
      return "folder.xlsx";
    },
    expected: { refused: [], notAsMissing: true },
    defect: "cli: messages for a directory",
  },
  {
    name: "not-a-zip.xlsx",
    kind: "damaged",
    make: (dir) => write(dir, "not-a-zip.xlsx", new TextEncoder().encode("No;Action\n1.1;Parc\n")),
    expected: { refused: [] },
  },
  {
    name: "truncated.xlsx",
    kind: "damaged",
    make: (dir, base) => write(dir, "truncated.xlsx", base.slice(0, Math.floor(base.length / 2))),
    expected: { refused: [] },
  },
  {
    name: "zip-bomb.xlsx",
    kind: "damaged",
    make: async (dir, base) => {
      const parts = await partsOf(base);
      return write(dir, "zip-bomb.xlsx", zipBomb(base, sheetPart(parts, "Suivis"), 500));
    },
    expected: { refused: [/sheet3\.xml|Suivis/] },
    defect: "reader: bound on inflated size, naming the part",
  },
  {
    name: "stray-cell-xfd.xlsx",
    kind: "damaged",
    make: (dir, base) =>
      write(
        dir,
        "stray-cell-xfd.xlsx",
        mutate(base, (p) => {
          const part = sheetPart(p, "Acteurs");
          const xml = text(p, part)
            .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
            .replace(
              "</sheetData>",
              '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>note</t></is></c></row></sheetData>',
            );
          return { [part]: xml };
        }),
      ),
    expected: { read: "as-base" },
    defect: "reader: bounds (the whole rectangle allocated today)",
  },
  {
    name: "notes-sheet-xfd.xlsx",
    kind: "damaged",
    make: (dir, base) =>
      write(
        dir,
        "notes-sheet-xfd.xlsx",
        mutate(base, (p) => withNotesSheet(p)),
      ),
    expected: { read: "as-base" },
    defect: "reader: bounds (a stray cell at XFD1048576 on a sheet of notes)",
  },
  {
    name: "notes-sheet-xfd-bilan.xlsx",
    kind: "damaged",
    make: (dir, base) =>
      write(
        dir,
        "notes-sheet-xfd-bilan.xlsx",
        mutate(base, (p) => withNotesSheet(p)),
      ),
    args: bilanTo,
    expected: { bilan: "as-base" },
    defect: "reader + editor: bounds",
  },
  {
    name: "stray-cell-xfd-bilan.xlsx",
    kind: "damaged",
    make: (dir, base) =>
      write(
        dir,
        "stray-cell-xfd-bilan.xlsx",
        mutate(base, (p) => {
          const part = sheetPart(p, "Acteurs");
          return {
            [part]: text(p, part).replace(
              "</sheetData>",
              '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>note</t></is></c></row></sheetData>',
            ),
          };
        }),
      ),
    args: bilanTo,
    expected: { bilan: "as-base" },
    defect: "reader: bounds",
  },
  {
    name: "stretched-table.xlsx",
    kind: "damaged",
    make: (dir, base) =>
      write(
        dir,
        "stretched-table.xlsx",
        mutate(base, (p) => {
          const part = tablePartNamed(p, "Suivis");
          return { [part]: text(p, part).replace(/ref="A1:M\d+"/g, 'ref="A1:M1048576"') };
        }),
      ),
    expected: { read: "as-base" },
    defect: "reader: a table's ref larger than its data read as its data",
  },
  {
    name: "defined-names-comment.xlsx",
    kind: "damaged",
    make: (dir, base) =>
      write(
        dir,
        "defined-names-comment.xlsx",
        mutate(base, (p) => ({
          // After the real names: each unclosed tag would make a pattern scan to the end.
          "xl/workbook.xml": text(p, "xl/workbook.xml").replace(
            "<calcPr",
            `<!-- ${"<definedName>".repeat(100_000)} --><calcPr`,
          ),
        })),
      ),
    expected: { read: "as-base" },
    defect: "reader: quadratic definedNamesOf (rels.ts)",
  },
  {
    name: "defined-names-in-sheet-bilan.xlsx",
    kind: "damaged",
    make: (dir, base) =>
      write(
        dir,
        "defined-names-in-sheet-bilan.xlsx",
        mutate(base, (p) => {
          const part = sheetPart(p, "Plan d'action");
          return {
            [part]: text(p, part).replace(
              "</worksheet>",
              `<!-- ${"<definedName>".repeat(50_000)}${"<conditionalFormatting>".repeat(50_000)} --></worksheet>`,
            ),
          };
        }),
      ),
    args: bilanTo,
    expected: { bilan: "as-base" },
    defect: "editor: quadratic scans (parts.ts: sheetFrame, conditionalFormatting)",
  },
  {
    name: "dtd-entities.xlsx",
    kind: "damaged",
    make: (dir, base) =>
      write(
        dir,
        "dtd-entities.xlsx",
        mutate(base, (p) => {
          const entities = ['<!ENTITY lol0 "lollollollollollollollollollol">'];
          for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
          // The demo's strings are inline (the package writer writes no shared strings part).
          const xml = text(p, ACTIONS_SHEET)
            .replace("<worksheet ", `<!DOCTYPE worksheet [${entities.join("")}]><worksheet `)
            .replace(/<is><t>[^<]*<\/t><\/is>/, "<is><t>&lol9;</t></is>");
          return { [ACTIONS_SHEET]: xml };
        }),
      ),
    expected: { refused: [/worksheets\/sheet2\.xml/] },
    defect: "reader: no DTD, naming the part",
  },
  {
    name: "password.xlsx",
    kind: "damaged",
    make: (dir) => write(dir, "password.xlsx", encryptedCfb()),
    expected: { refused: [/mot de passe|password|chiffr|protégé/i] },
    defect: "cli: messages for a password-protected file",
  },
  {
    name: "no-workbook-rels.xlsx",
    kind: "damaged",
    make: (dir, base) =>
      write(
        dir,
        "no-workbook-rels.xlsx",
        mutate(base, () => ({ "xl/_rels/workbook.xml.rels": null })),
      ),
    expected: { refused: [/workbook\.xml\.rels/] },
    defect: "reader: messages (« sheet not found » today)",
  },
  {
    name: "bilan-name-on-user-sheet.xlsx",
    kind: "damaged",
    make: (dir, base) =>
      write(
        dir,
        "bilan-name-on-user-sheet.xlsx",
        mutate(base, (p) => ({
          "xl/workbook.xml": text(p, "xl/workbook.xml").replace(
            "<definedNames>",
            '<definedNames><definedName name="PlanVivant.Bilan">Acteurs!$A$1</definedName>',
          ),
        })),
      ),
    args: bilanTo,
    expected: {
      custom: async ({ dir, file, code, check }) => {
        expect(code).toBe(0);
        const input = await partsOf(readFileSync(path.join(dir, file)));
        const output = await partsOf(readFileSync(path.join(dir, "out.xlsx")));
        expect(sheetNames(output)).toEqual(expect.arrayContaining(sheetNames(input)));
        // The user's sheet, its table and its cells are all still there.
        expect(sheetDataOf(output, "Acteurs")).toBe(sheetDataOf(input, "Acteurs"));
        expect(text(output, tablePartNamed(output, "Acteurs"))).toBe(
          text(input, tablePartNamed(input, "Acteurs")),
        );
        expect((await check("out.xlsx")).json?.counts).toMatchObject({ actions: 35, suivis: 70 });
      },
    },
    defect: "editor: owned-sheet mark (name AND a sheet-scoped name on that sheet)",
  },
  {
    name: "output-exists.xlsx",
    kind: "damaged",
    make: async (dir, base) => {
      writeFileSync(path.join(dir, "existing.xlsx"), "précieux");
      return write(dir, "output-exists.xlsx", base);
    },
    args: (file) => ["bilan", file, "-o", "existing.xlsx"],
    expected: {
      custom: ({ dir, code, stderr }) => {
        expect(code).toBe(2);
        expect(stderr).toContain("existing.xlsx");
        expect(readFileSync(path.join(dir, "existing.xlsx"), "utf8")).toBe("précieux");
      },
    },
    defect: "cli: -o refuses an existing file unless --remplacer",
  },
  {
    name: "output-exists-remplacer.xlsx",
    kind: "damaged",
    make: async (dir, base) => {
      writeFileSync(path.join(dir, "existing.xlsx"), "précieux");
      return write(dir, "output-exists-remplacer.xlsx", base);
    },
    args: (file) => ["bilan", file, "-o", "existing.xlsx", "--remplacer"],
    expected: {
      custom: async ({ code, check }) => {
        expect(code).toBe(0);
        expect((await check("existing.xlsx")).json?.counts).toMatchObject({ actions: 35, suivis: 70 });
      },
    },
    defect: "cli: --remplacer",
  },
  {
    name: "output-is-input-by-symlink.xlsx",
    kind: "damaged",
    make: async (dir, base) => {
      const name = await write(dir, "output-is-input-by-symlink.xlsx", base);
      symlinkSync(path.join(dir, name), path.join(dir, "link.xlsx"));
      return name;
    },
    // Even with --remplacer: writing onto the input is --sur-place, never -o.
    args: (file) => ["bilan", file, "-o", "link.xlsx", "--remplacer"],
    expected: {
      custom: ({ file, code, stderr }) => {
        expect(code).toBe(2);
        // Refused for being the input, not for an option it does not know.
        expect(stderr.includes(file) || stderr.includes("link.xlsx")).toBe(true);
        expect(stderr).not.toMatch(/--remplacer/);
      },
    },
    defect: "cli: identity by realpath/dev/ino",
  },
  {
    name: "second-run-default-output.xlsx",
    kind: "damaged",
    make: (dir, base) => write(dir, "second-run-default-output.xlsx", base),
    args: (file) => ["bilan", file],
    expected: {
      custom: async ({ dir, file, code }) => {
        expect(code).toBe(0);
        const [first] = readdirSync(dir).filter((f) => f.startsWith("second-run-default-output - "));
        const before = readFileSync(path.join(dir, first));
        const again = await runCli(["bilan", file], dir);
        expect([again.code, again.stderr.includes(first)]).toEqual([2, true]);
        expect(readFileSync(path.join(dir, first)).equals(before)).toBe(true);
        expect(internalsIn(again.stderr + again.stdout)).toEqual([]);
      },
    },
    defect: "cli: the default output is not overwritten either",
  },
];

/** An .xlsm (macro content type, a vbaProject.bin) saved under an .xlsx name. */
function macroWorkbook(base: Uint8Array): Promise<Uint8Array> {
  return mutate(base, (p) => ({
    "[Content_Types].xml": text(p, "[Content_Types].xml")
      .replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      )
      .replace(
        '<Default Extension="xml"',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"',
      ),
    "xl/_rels/workbook.xml.rels": text(p, "xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
    "xl/vbaProject.bin": new Uint8Array(
      Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1024, 7)]),
    ),
  }));
}

/** A sheet « Notes » added, holding one cell at XFD1048576 (and a dimension saying so). */
function withNotesSheet(p: Parts): Record<string, string> {
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/>' +
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Notes du comité</t></is></c></row>' +
    '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>';
  return {
    "xl/worksheets/notes.xml": sheet,
    "xl/workbook.xml": text(p, "xl/workbook.xml").replace(
      "</sheets>",
      '<sheet name="Notes" sheetId="99" r:id="rIdNotes"/></sheets>',
    ),
    "xl/_rels/workbook.xml.rels": text(p, "xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notes.xml"/></Relationships>',
    ),
    "[Content_Types].xml": text(p, "[Content_Types].xml").replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/notes.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  };
}
