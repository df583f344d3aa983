/**
 * Plan vivant's alert rules are written with the same formula by every host (ownFormula: marker
 * and range), so a rule the package writer or the bilan wrote is, for Excel's port, already as
 * planned: the first bilan in Excel on a workbook made by the CLI replaces nothing.
 */
import JSZip from "jszip";
import { demoPlan } from "../../../../src/domain/demo";
import { dayFromIso, type Day } from "../../../../src/domain/dates";
import type { ConditionalFormatPlan } from "../../../../src/domain/layout/sheet-plan";
import { makeBilan } from "../../../../src/features/make-bilan";
import { replacement } from "../../../../src/workbook/excel/rules";
import { editXlsx } from "../../../../src/workbook/xlsx/edit";
import { XlsxPort } from "../../../../src/workbook/xlsx/file-port";
import { findElements, unescapeXml } from "../../../../src/workbook/xlsx/package/xml";

const day = dayFromIso("2026-03-15") as Day;

/** Every cfRule formula carrying a Plan vivant marker, as Excel would list it (with `=`). */
async function listedRules(bytes: Uint8Array): Promise<{ id: string; formula: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const rules: { id: string; formula: string }[] = [];
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet"))) {
    const xml = await zip.file(name)!.async("string");
    for (const rule of findElements(xml, "cfRule")) {
      const formula = findElements(rule.text, "formula")[0];
      const text = formula ? unescapeXml(formula.inner) : "";
      if (text.includes('N("PlanVivant.')) rules.push({ id: String(rules.length), formula: `=${text}` });
    }
  }
  return rules;
}

function plannedRules(): ConditionalFormatPlan[] {
  return demoPlan(day, "fr").sheets.flatMap((s) => s.conditionalFormats.filter((r) => r.tag));
}

describe("alert rules written by the package writer and the bilan", () => {
  test("a new workbook's rules are those Excel's port plans: nothing to delete, nothing to add", async () => {
    const port = new XlsxPort();
    await port.write({ create: demoPlan(day, "fr") });
    const planned = plannedRules();
    expect(planned.length).toBeGreaterThan(1);
    const listed = await listedRules(port.bytes()!);
    expect(listed).toHaveLength(planned.length);
    expect(replacement(listed, planned)).toEqual({ remove: [], add: [] });
  });

  test("after a bilan on the file, the same", async () => {
    const first = new XlsxPort();
    await first.write({ create: demoPlan(day, "fr") });
    const port = new XlsxPort(first.bytes(), { edit: (data, batch) => editXlsx(data, batch, {}) });
    await makeBilan(port, { lang: "fr", now: new Date("2026-03-15T12:00:00Z") });
    const listed = await listedRules(port.bytes()!);
    const planned = plannedRules();
    expect(listed).toHaveLength(planned.length);
    expect(replacement(listed, planned)).toEqual({ remove: [], add: [] });
  });
});
