/**
 * The fixed parts of a new workbook package: content types, package and workbook
 * relationships, document properties, the workbook part (sheets, book view, defined names),
 * a minimal stylesheet the StyleBook grows, and the Office theme the table styles draw from.
 */
import { SHEET_NS } from "../package/sheet-xml";
import { escapeAttr, escapeText } from "../package/xml";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

export const NEW_REL = {
  officeDocument: `${R_NS}/officeDocument`,
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProperties: `${R_NS}/extended-properties`,
  worksheet: `${R_NS}/worksheet`,
  styles: `${R_NS}/styles`,
  theme: `${R_NS}/theme`,
  table: `${R_NS}/table`,
  drawing: `${R_NS}/drawing`,
  chart: `${R_NS}/chart`,
} as const;

export const PACKAGE_CT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relsXml(rels: readonly Relationship[]): string {
  const items = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"/>`)
    .join("");
  return `${XML_HEAD}<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;
}

/** `[Content_Types].xml` with an override for every part but the relationships. */
export function contentTypesXml(overrides: ReadonlyMap<string, string>): string {
  const items = [...overrides]
    .map(([part, type]) => `<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`)
    .join("");
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="${PACKAGE_CT.relationships}"/>` +
    `<Default Extension="xml" ContentType="${PACKAGE_CT.xml}"/>${items}</Types>`
  );
}

export function coreXml(creator: string): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeText(creator)}</dc:creator><cp:lastModifiedBy>${escapeText(creator)}</cp:lastModifiedBy>` +
    `</cp:coreProperties>`
  );
}

export function appXml(application: string): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>${escapeText(application)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `</Properties>`
  );
}

export interface WorkbookSheet {
  name: string;
  relId: string;
  hidden: boolean;
}

/**
 * `xl/workbook.xml`: the sheets in order, the book view opened on the first visible sheet,
 * and the workbook-level defined names (`=` dropped: a part stores formulas without it).
 */
export function workbookXml(sheets: readonly WorkbookSheet[], names: Record<string, string>): string {
  const firstVisible = Math.max(
    0,
    sheets.findIndex((s) => !s.hidden),
  );
  const view =
    `<workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="15000"` +
    (firstVisible > 0 ? ` firstSheet="${firstVisible}" activeTab="${firstVisible}"` : "") +
    "/>";
  const sheetEls = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="${s.relId}"/>`,
    )
    .join("");
  const entries = Object.entries(names);
  const defined = entries.length
    ? `<definedNames>${entries
        .map(
          ([name, formula]) =>
            `<definedName name="${escapeAttr(name)}">${escapeText(formula.replace(/^=/, ""))}</definedName>`,
        )
        .join("")}</definedNames>`
    : "";
  return (
    `${XML_HEAD}<workbook xmlns="${SHEET_NS}" xmlns:r="${R_NS}"><workbookPr defaultThemeVersion="164011"/>` +
    `<bookViews>${view}</bookViews><sheets>${sheetEls}</sheets>${defined}<calcPr calcId="191029"/></workbook>`
  );
}

/** The stylesheet a new workbook starts from: Calibri 11, the two required fills, no border. */
export const NEW_STYLES =
  `${XML_HEAD}<styleSheet xmlns="${SHEET_NS}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

/** The Office theme's colours (dk1, lt1, dk2, lt2, accent1-6, hlink, folHlink). */
const THEME_COLORS: [string, string][] = [
  ["dk2", "44546A"],
  ["lt2", "E7E6E6"],
  ["accent1", "4472C4"],
  ["accent2", "ED7D31"],
  ["accent3", "A5A5A5"],
  ["accent4", "FFC000"],
  ["accent5", "5B9BD5"],
  ["accent6", "70AD47"],
  ["hlink", "0563C1"],
  ["folHlink", "954F72"],
];

/** `xl/theme/theme1.xml`: the Office theme, which table styles such as TableStyleMedium2 use. */
export function themeXml(): string {
  const colors =
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
    THEME_COLORS.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join("");
  const font = (latin: string): string =>
    `<a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/>`;
  const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const line = (w: number): string =>
    `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${solid}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;
  const effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
  return (
    `${XML_HEAD}<a:theme xmlns:a="${A_NS}" name="Office Theme"><a:themeElements>` +
    `<a:clrScheme name="Office">${colors}</a:clrScheme>` +
    `<a:fontScheme name="Office"><a:majorFont>${font("Calibri Light")}</a:majorFont><a:minorFont>${font("Calibri")}</a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Office"><a:fillStyleLst>${solid}${solid}${solid}</a:fillStyleLst>` +
    `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${effect}${effect}${effect}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${solid}${solid}${solid}</a:bgFillStyleLst></a:fmtScheme>` +
    `</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
  );
}
