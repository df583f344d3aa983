/**
 * Native Excel charts as DrawingML: one chart part per ChartPlan, and the drawing part
 * that anchors them on the sheet. Every series carries both its sheet reference and a
 * cached copy of the values (c:strCache / c:numCache), so readers that do not recalculate
 * (LibreOffice, previews) still draw them.
 */
import type { ChartPlan } from "../../../domain/layout/sheet-plan";
import { argb, escapeAttr, escapeText } from "./xml";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Default series colours when the plan gives none (Office palette). */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"];

function solid(color: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${argb(color).slice(2)}"/></a:solidFill></c:spPr>`;
}

function strCache(values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: number[]): string {
  const pts = values
    .map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="fr-CA" sz="1200" b="1"/><a:t>${escapeText(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

function seriesXml(plan: ChartPlan, index: number, doughnut: boolean): string {
  const s = plan.series[index];
  const values = plan.cache.values[index] ?? [];
  const color = s.color ?? PALETTE[index % PALETTE.length];
  const points = doughnut
    ? plan.cache.categories
        .map((_c, i) => {
          const pc = plan.pointColors?.[i] ?? PALETTE[i % PALETTE.length];
          return `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/>${solid(pc)}</c:dPt>`;
        })
        .join("")
    : "";
  const labels = doughnut
    ? `<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls>`
    : "";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>` +
    (doughnut ? "" : solid(color) + '<c:invertIfNegative val="0"/>') +
    points +
    labels +
    `<c:cat><c:strRef><c:f>${escapeText(plan.categories)}</c:f>${strCache(plan.cache.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(s.values)}</c:f>${numCache(values)}</c:numRef></c:val>` +
    `</c:ser>`
  );
}

function barXml(plan: ChartPlan): string {
  const horizontal = plan.kind.startsWith("bar");
  const stacked = plan.kind.endsWith("stacked");
  const series = plan.series.map((_s, i) => seriesXml(plan, i, false)).join("");
  return (
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${stacked ? '<c:overlap val="100"/>' : ""}` +
    `<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    // Horizontal bars list categories top-down (as in the sheet), value axis kept at the bottom.
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000001"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function doughnutXml(plan: ChartPlan): string {
  const series = plan.series.map((_s, i) => seriesXml(plan, i, true)).join("");
  return `<c:doughnutChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>`;
}

/** The chart part (`xl/charts/chartN.xml`) of a ChartPlan. */
export function chartXml(plan: ChartPlan): string {
  const doughnut = plan.kind === "doughnut";
  const legendPos = doughnut || plan.series.length > 1 ? (doughnut ? "r" : "b") : undefined;
  const legend = legendPos
    ? `<c:legend><c:legendPos val="${legendPos}"/><c:overlay val="0"/></c:legend>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(plan.title)}<c:plotArea><c:layout/>` +
    (doughnut ? doughnutXml(plan) : barXml(plan)) +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="fr-CA"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

function marker(col: number, row: number): string {
  return `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
}

/** The drawing part anchoring each chart (in plan order) to its cells; `relIds[i]` links chart i. */
export function drawingXml(charts: ChartPlan[], relIds: string[]): string {
  const anchors = charts.map((chart, i) => {
    const { row, col, rows, cols } = chart.anchor;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(col - 1, row - 1)}</xdr:from>` +
      `<xdr:to>${marker(col - 1 + cols, row - 1 + rows)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttr(chart.title || `Chart ${i + 1}`)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="${relIds[i]}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${anchors.join("")}</xdr:wsDr>`
  );
}
