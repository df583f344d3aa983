/** The host's conditional-format ids, office-js#5222 and the web's request limit, on real messages. */
import { trackingWorkbook } from "./fake/tracking";
import { ExcelHost } from "./host/host";
import { WEB_PAYLOAD_LIMIT } from "./host/limits";

const PLAN = "Plan d'action";

function twoSharedRules() {
  const wb = trackingWorkbook(3, 3);
  wb.seedRule(PLAN, { type: "Custom", r1: 4, c1: 1, r2: 6, c2: 21, formula: "=$A4=1", fill: "#FFFFFF" });
  wb.seedRule(PLAN, { type: "Custom", r1: 4, c1: 1, r2: 6, c2: 21, formula: "=$A4=2", fill: "#000000" });
  return wb;
}

describe("conditional formats on the host", () => {
  test("ConditionalFormat.id is the rule's position: ids shift after a delete", async () => {
    const wb = twoSharedRules();
    const host = new ExcelHost(wb);
    await host.run(async (context) => {
      const list = context.workbook.worksheets.getItem(PLAN).getRange().conditionalFormats.load("items/id");
      await context.sync();
      expect(list.items.map((i) => i.id)).toEqual(["0", "1"]);
      context.workbook.worksheets.getItem(PLAN).getRange().conditionalFormats.getItem("0").delete();
      const after = context.workbook.worksheets.getItem(PLAN).getRange().conditionalFormats.load("items/id");
      await context.sync();
      expect(after.items.map((i) => i.id)).toEqual(["0"]);
    });
    expect(wb.sheet(PLAN)?.conditionalFormats.map((r) => r.formula)).toEqual(["=$A4=2"]);
  });

  test("with office-js#5222 switched on, deleting a rule that shares a cell throws ItemNotFound", async () => {
    const wb = twoSharedRules();
    wb.bug5222 = true;
    const host = new ExcelHost(wb);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem(PLAN).getRange().conditionalFormats.getItem("0").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(wb.sheet(PLAN)?.conditionalFormats).toHaveLength(2);
  });
});

describe("the web's limits on the real messages", () => {
  test("50,001 range loads in one sync make a request over 5 MB, refused on the web", async () => {
    const wb = trackingWorkbook(1, 1);
    const host = new ExcelHost(wb);
    host.platform = "web";
    await expect(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Suivis");
        for (let row = 1; row <= 50_001; row += 1) sheet.getRange(`A${row}`).load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.requestBytes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
  }, 60_000);
});
