import { cellXml } from "../../../../src/workbook/xlsx/package/cell-xml";
import { chartXml } from "../../../../src/workbook/xlsx/package/chart-xml";
import { escapeAttr, escapeText, getAttr, setAttr } from "../../../../src/workbook/xlsx/package/xml";

describe("xml text", () => {
  test("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(escapeText('a & b < c > "d"\u0000\u0008\uFFFF\uD800')).toBe('a &amp; b &lt; c &gt; "d"');
    expect(escapeAttr(`l'été "x"\n`)).toBe("l&apos;été &quot;x&quot;&#10;");
    expect(escapeText("😀 ok")).toBe("😀 ok");
  });

  test("attributes round-trip through setAttr and getAttr", () => {
    const tag = setAttr('<table id="1" ref="A1:B2">', "ref", "A1:B9");
    expect(tag).toBe('<table id="1" ref="A1:B9">');
    expect(getAttr(setAttr(tag, "name", 'a"&b'), "name")).toBe('a"&b');
  });

  test("a text cell is an inline string, never a formula", () => {
    expect(cellXml(2, 3, "=SUM(A1)")).toBe('<c r="C2" t="inlineStr"><is><t>=SUM(A1)</t></is></c>');
    expect(cellXml(2, 3, " lead")).toContain('<t xml:space="preserve"> lead</t>');
    expect(cellXml(1, 1, null)).toBe("");
    expect(cellXml(1, 1, null, 4)).toBe('<c r="A1" s="4"/>');
    expect(cellXml(1, 1, true)).toBe('<c r="A1" t="b"><v>1</v></c>');
  });

  test("a chart carries references and cached values", () => {
    const xml = chartXml({
      kind: "column-stacked",
      title: "R&D <test>",
      categories: "'Bilan (2)'!$A$2:$A$3",
      series: [{ name: "S", values: "'Bilan (2)'!$B$2:$B$3" }],
      cache: { categories: ["a", "b"], values: [[1, 2]] },
      anchor: { row: 1, col: 1, rows: 10, cols: 5 },
    });
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml).toContain("<a:t>R&amp;D &lt;test&gt;</a:t>");
    expect(xml).toContain(
      '<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>1</c:v></c:pt>',
    );
  });
});
