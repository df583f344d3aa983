import { StyleBook } from "../../../../src/workbook/xlsx/package/styles";
import { findElement, findElements } from "../../../../src/workbook/xlsx/package/xml";
import { NEW_STYLES } from "../../../../src/workbook/xlsx/writer/skeleton";

/** The number of cell formats the part holds, counted (not as its count attribute says). */
function cellFormats(xml: string): number {
  const el = findElement(xml, "cellXfs");
  return el ? findElements(xml, "xf", el.start + el.open.length, el.end).length : 0;
}

describe("StyleBook", () => {
  it("gives a style asked for again the index it was given, without growing the part", () => {
    const book = new StyleBook(NEW_STYLES);
    const first = book.cellStyle({ bold: true, fill: "FFEEAA", format: "date" });
    const xml = book.toXml();
    expect(book.cellStyle({ format: "date", fill: "FFEEAA", bold: true })).toBe(first);
    expect(book.toXml()).toBe(xml);
  });

  it("gives styles that differ by one property each their own format", () => {
    const book = new StyleBook(NEW_STYLES);
    const base = book.cellStyle({ bold: true });
    const others = [
      book.cellStyle({ bold: true, italic: true }),
      book.cellStyle({ bold: true, size: 14 }),
      book.cellStyle({ bold: true, color: "112233" }),
      book.cellStyle({ bold: true, fill: "112233" }),
      book.cellStyle({ bold: true, wrap: true }),
      book.cellStyle({ bold: true, align: "center" }),
      book.cellStyle({ bold: true, top: true }),
      book.cellStyle({ bold: true, format: "percent" }),
    ];
    expect(new Set([base, ...others]).size).toBe(9);
    expect(cellFormats(book.toXml())).toBe(Math.max(base, ...others) + 1);
  });

  it("finds again an entry a second book over the written part already holds", () => {
    const book = new StyleBook(NEW_STYLES);
    const index = book.cellStyle({ italic: true, fill: "ABCDEF" });
    const again = new StyleBook(book.toXml());
    expect(again.cellStyle({ fill: "ABCDEF", italic: true })).toBe(index);
    expect(again.modified).toBe(false);
  });
});
