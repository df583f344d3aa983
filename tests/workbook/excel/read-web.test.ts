/**
 * Reading on Excel on the web, which refuses a request or a response over 5 MB. The fake
 * measures every sync's response from what it really loaded and fails the sync past 5 MB
 * (see fake-strictness.test.ts), so these reads cannot pass by accident.
 */
import { excelText } from "../../../src/i18n/excel";
import { toWorkbookError } from "../../../src/workbook/excel/errors";
import {
  READ_BYTES_PER_CELL,
  estimateReadBytes,
  planReads,
  type TableSize,
} from "../../../src/workbook/excel/read";
import { PAYLOAD_BUDGET } from "../../../src/workbook/excel/write-queue";
import { WorkbookError } from "../../../src/workbook/port";
import { WEB_PAYLOAD_LIMIT } from "./host/limits";
import { lengthenRealisations, portOn, trackingWorkbook, webPortOn } from "./fake/tracking";

/** What a desktop read of the same workbook gives: the reference snapshot. */
async function desktopSnapshot(wb: ReturnType<typeof trackingWorkbook>) {
  const { ctx, port } = portOn(wb);
  const snapshot = await port.read();
  return { snapshot, syncs: ctx.syncs, response: Math.max(...ctx.responseBytes) };
}

describe("ExcelPort.read on Excel on the web", () => {
  test("a small workbook reads in exactly 2 syncs, as on desktop (Listes, without a table, read with the tables)", async () => {
    const wb = trackingWorkbook(5, 10);
    const desktop = await desktopSnapshot(wb);
    const { ctx, port } = webPortOn(wb);
    expect(await port.read()).toEqual(desktop.snapshot);
    // find; the tables, with Listes' used range and its top-left block, which holds it all
    expect(ctx.syncs).toBe(2);
    expect(desktop.syncs).toBe(2);
  });

  test("a table-less sheet wider than its first block (past column Z) is read again whole: 1 more sync", async () => {
    const wb = trackingWorkbook(5, 10);
    wb.seed("Budget", 3, 2, [
      Array.from({ length: 40 }, (_, i) => `Poste ${i}`),
      Array.from({ length: 40 }, (_, i) => i * 100),
    ]);
    const desktop = await desktopSnapshot(wb);
    const { ctx, port } = webPortOn(wb);
    const snapshot = await port.read();
    expect(snapshot).toEqual(desktop.snapshot);
    expect(snapshot.sheets.find((s) => s.sheet === "Budget")).toMatchObject({ row: 3, col: 2 });
    expect(snapshot.sheets.find((s) => s.sheet === "Budget")?.values[1]).toHaveLength(40);
    expect(ctx.syncs).toBe(3);
  });

  test("without a table-less sheet holding anything, a web read is 2 syncs, as on desktop", async () => {
    const wb = trackingWorkbook(5, 10);
    for (let row = 1; row <= 4; row += 1) wb.sheet("Listes")?.put(row, 1, undefined);
    const { ctx, port } = webPortOn(wb);
    await port.read();
    expect(ctx.syncs).toBe(2);
  });

  test("a plan of a few hundred follow-ups still reads in 2 syncs", async () => {
    const wb = trackingWorkbook(60, 900);
    const desktop = await desktopSnapshot(wb);
    const { ctx, port } = webPortOn(wb);
    expect(await port.read()).toEqual(desktop.snapshot);
    expect(ctx.syncs).toBe(2);
  });

  test("50,000 follow-ups read in 2 + n syncs, each response under 5 MB, the same snapshot as desktop", async () => {
    const wb = trackingWorkbook(200, 50_000);
    const desktop = await desktopSnapshot(wb);
    // On desktop: one read sync whose response Excel on the web would refuse.
    expect(desktop.syncs).toBe(2);
    expect(desktop.response).toBeGreaterThan(4 * WEB_PAYLOAD_LIMIT);

    const { ctx, port } = webPortOn(wb);
    const snapshot = await port.read();
    expect(snapshot).toEqual(desktop.snapshot);
    const suivis = snapshot.tables.find((t) => t.name === "Suivis");
    expect(suivis).toMatchObject({ sheet: "Suivis", row: 1, col: 1 });
    expect(suivis?.values).toHaveLength(50_001);
    expect(suivis?.formats).toHaveLength(50_001);

    // The syncs follow the payload: (50,001 × 13 + 201 × 21 + 3 × 2) cells × 64 bytes ≈ 41.9 MB
    // estimated, in 4 MB chunks: 11 read syncs after the find (Listes with the last one).
    const estimate = estimateReadBytes(
      [
        { rows: 3, columns: 2 },
        { rows: 201, columns: 21 },
        { rows: 50_001, columns: 13 },
      ],
      READ_BYTES_PER_CELL,
    );
    expect(ctx.syncs).toBe(1 + Math.ceil(estimate / PAYLOAD_BUDGET));
    expect(ctx.syncs).toBe(12);
    expect(port.lastSyncs).toBe(ctx.syncs);
    for (const bytes of ctx.responseBytes) expect(bytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(Math.max(...ctx.responseBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET);
  });

  test("a sheet of the user's own data without a table, 150,000 rows × 8, reads in slices under 5 MB, as on desktop", async () => {
    const wb = trackingWorkbook(5, 10);
    const rows = Array.from({ length: 150_000 }, (_, i) => [
      `Dossier ${i}`,
      45000 + (i % 700),
      "Service des travaux publics",
      i * 3.5,
      i % 2 === 0 ? "Ouvert" : "Fermé",
      `Rue ${i % 400}`,
      i % 12,
      "Note",
    ]);
    wb.seed("Registre", 2, 2, rows);
    const desktop = await desktopSnapshot(wb);
    // One response Excel on the web would refuse: the sheet read whole.
    expect(desktop.response).toBeGreaterThan(2 * WEB_PAYLOAD_LIMIT);

    const { ctx, port } = webPortOn(wb);
    const snapshot = await port.read();
    expect(snapshot).toEqual(desktop.snapshot);
    const registre = snapshot.sheets.find((s) => s.sheet === "Registre");
    expect(registre).toMatchObject({ row: 2, col: 2 });
    expect(registre?.values).toHaveLength(150_000);
    expect(registre?.values[149_999]).toEqual([
      "Dossier 149999",
      45000 + (149_999 % 700),
      "Service des travaux publics",
      149_999 * 3.5,
      "Fermé",
      "Rue 399",
      149_999 % 12,
      "Note",
    ]);
    for (const bytes of ctx.responseBytes) expect(bytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    // find, the tables with the sheets' sizes, then the sheets' rows in budget-sized chunks
    const chunks = planReads(
      [
        { rows: 150_000, columns: 8 },
        { rows: 4, columns: 1 },
      ],
      PAYLOAD_BUDGET,
    ).length;
    expect(ctx.syncs).toBe(2 + chunks);
    expect(chunks).toBeGreaterThan(1);
  }, 60_000);

  test("after a read in slices, an append still goes in 1 sync", async () => {
    const wb = trackingWorkbook(200, 50_000);
    const { ctx, port } = webPortOn(wb);
    await port.read();
    const before = ctx.syncs;
    const row = [46100, "1.7", "En cours", 40, "Rencontre", null, null, null, null, null, null, null, null];
    await port.write({ append: [{ table: "Suivis", rows: [row] }] });
    expect(ctx.syncs - before).toBe(1);
    expect(wb.table("Suivis")?.lastRow).toBe(50_002);
  });

  test("when cells are longer than estimated, the read starts over once with half-size slices", async () => {
    const wb = trackingWorkbook(5, 3_000);
    lengthenRealisations(wb, 1_400);
    const desktop = await desktopSnapshot(wb);
    // Estimated under the budget (one read sync), but over 5 MB in truth.
    expect(desktop.response).toBeGreaterThan(WEB_PAYLOAD_LIMIT);

    const { ctx, port } = webPortOn(wb);
    expect(await port.read()).toEqual(desktop.snapshot);
    // find, the refused read, then the two halves
    expect(ctx.syncs).toBe(4);
    expect(ctx.responseBytes[1]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    for (const bytes of ctx.responseBytes.slice(2)) expect(bytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  });

  test("when even half-size slices are too large, the error says so in the person's language", async () => {
    const wb = trackingWorkbook(5, 3_000);
    lengthenRealisations(wb, 5_000);
    const fr = webPortOn(wb, "fr");
    const error = await fr.port.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({
      code: "too-large",
      params: { reason: "ResponsePayloadSizeLimitExceeded" },
    });
    expect((error as Error).message).toMatch(/trop volumineux .*Excel pour le Web.*5 Mo/);
    // find, the refused read, the refused first half: no endless retrying
    expect(fr.ctx.syncs).toBe(3);

    const en = webPortOn(wb, "en");
    await expect(en.port.read()).rejects.toThrow(/too large for Excel on the web .*5 MB/);
  });

  test("a port that takes Excel on the web for desktop is refused once, then reads in half-size slices", async () => {
    const wb = trackingWorkbook(200, 50_000);
    const desktop = await desktopSnapshot(wb);
    const { ctx, port } = webPortOn(wb);
    (port as unknown as { onWeb: () => boolean }).onWeb = () => false;
    expect(await port.read()).toEqual(desktop.snapshot);
    // the whole read in one sync: refused by the fake, for what it loaded
    expect(ctx.responseBytes[1]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    const sizes: TableSize[] = [
      { rows: 3, columns: 2 },
      { rows: 201, columns: 21 },
      { rows: 50_001, columns: 13 },
    ];
    expect(ctx.syncs).toBe(2 + planReads(sizes, PAYLOAD_BUDGET / 2, READ_BYTES_PER_CELL, 1_000).length);
    for (const bytes of ctx.responseBytes.slice(2)) expect(bytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  });

  test("a table that grows between its slices fails the read rather than mixing two states", async () => {
    const wb = trackingWorkbook(200, 50_000);
    const { ctx, port } = webPortOn(wb);
    ctx.afterRequest = (syncs) => {
      if (syncs === 3) {
        const table = wb.table("Suivis");
        if (table) {
          wb.seed("Suivis", table.lastRow + 1, 1, [[46100, "1.1", "En cours"]]);
          table.lastRow += 1;
        }
      }
    };
    await expect(port.read()).rejects.toMatchObject({
      code: "unreadable",
      params: { reason: "TableChangedDuringRead" },
    });
  });
});

describe("planReads", () => {
  const sizes: TableSize[] = [
    { rows: 3, columns: 2 },
    { rows: 201, columns: 21 },
    { rows: 50_001, columns: 13 },
  ];

  test("chunks follow the payload, each under the budget, the rows of each table in order", () => {
    const chunks = planReads(sizes, PAYLOAD_BUDGET, READ_BYTES_PER_CELL);
    expect(chunks).toHaveLength(Math.ceil(estimateReadBytes(sizes) / PAYLOAD_BUDGET));
    for (const chunk of chunks) {
      const bytes = chunk.reduce((sum, p) => sum + 200 + p.count * sizes[p.table].columns * 64, 0);
      expect(bytes).toBeLessThanOrEqual(PAYLOAD_BUDGET);
    }
    const parts = chunks.flat();
    // the small tables read whole, the big one in contiguous slices covering all its rows
    expect(parts.filter((p) => p.table < 2)).toEqual([
      { table: 0, start: 0, count: 3, whole: true },
      { table: 1, start: 0, count: 201, whole: true },
    ]);
    const slices = parts.filter((p) => p.table === 2);
    let next = 0;
    for (const slice of slices) {
      expect(slice.start).toBe(next);
      expect(slice.whole).toBe(false);
      next += slice.count;
    }
    expect(next).toBe(50_001);
  });

  test("half the budget, about twice the chunks; a row wider than the budget gets a chunk of its own", () => {
    const full = planReads(sizes, PAYLOAD_BUDGET).length;
    const half = planReads(sizes, PAYLOAD_BUDGET / 2).length;
    expect(half).toBeGreaterThanOrEqual(2 * full - 1);
    expect(half).toBeLessThanOrEqual(2 * full + 1);
    expect(planReads([{ rows: 3, columns: 10 }], 500, 64)).toEqual([
      [{ table: 0, start: 0, count: 1, whole: false }],
      [{ table: 0, start: 1, count: 1, whole: false }],
      [{ table: 0, start: 2, count: 1, whole: false }],
    ]);
  });

  test("a workbook under the budget is one chunk of whole tables", () => {
    expect(
      planReads([
        { rows: 11, columns: 13 },
        { rows: 6, columns: 21 },
      ]),
    ).toEqual([
      [
        { table: 0, start: 0, count: 11, whole: true },
        { table: 1, start: 0, count: 6, whole: true },
      ],
    ]);
  });
});

describe("payload-size errors", () => {
  test("a write refused for its size says so, in the person's language", () => {
    const refusal = Object.assign(new Error("The response payload size has exceeded the limit."), {
      code: "RequestPayloadSizeLimitExceeded",
    });
    const error = toWorkbookError(refusal, "write", "en");
    expect(error).toMatchObject({
      code: "too-large",
      params: { reason: "RequestPayloadSizeLimitExceeded" },
    });
    expect(error.message).toMatch(/change is too large for Excel on the web/);
    expect(toWorkbookError(refusal, "read", "fr").message).toMatch(/trop volumineux/);
  });
});

test("the payload messages exist in both languages", () => {
  expect(Object.keys(excelText.fr.payload).sort()).toEqual(Object.keys(excelText.en.payload).sort());
});

describe("the task pane's words for a refusal over the 5 MB limit", () => {
  test("says what to do, in the person's language, for a read and for a change", async () => {
    const { errorText } = await import("../../../src/taskpane/components/error-text");
    const { taskpaneText } = await import("../../../src/i18n/taskpane");
    const error = (operation: string) =>
      new WorkbookError("x", "too-large", { reason: "ResponsePayloadSizeLimitExceeded", operation });
    expect(errorText(error("read"), taskpaneText.fr)).toMatch(
      /trop volumineux .*application Excel de bureau/,
    );
    expect(errorText(error("write"), taskpaneText.en)).toMatch(/change is too large .*Excel desktop app/);
  });
});
