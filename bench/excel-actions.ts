/**
 * `npm run bench`, the Excel part: round trips, full reads and message sizes per user action
 * of the task pane (open, check, save an action, save a follow-up, bilan), on 10 and on 50,000
 * follow-ups, on desktop and on the web. The add-in's own code runs on Microsoft's Excel client
 * library talking to the Excel host of the tests (tests/workbook/excel/host): the syncs and
 * bytes are those of the real request and response messages. Figures, not timings.
 * Targets (issue 9): open and check 2 syncs on desktop; an action or a follow-up saved in 2
 * syncs including the pane's refresh; a bilan in 3; one full read to open, none after a save,
 * one after a co-author's edit (however many events it raises).
 *
 * Compiled apart from the CLI (tsconfig.bench.json): it pulls in the test host and jsdom.
 */
import { today as todayOf } from "../src/domain/dates";
import { emptyActionInput, emptySuiviInput } from "../src/domain/forms/inputs";
import type { WorkbookSnapshot } from "../src/domain/raw";
import { addSuivi } from "../src/features/add-suivi";
import { loadPlan, planOf } from "../src/features/load-plan";
import { makeBilan } from "../src/features/make-bilan";
import { saveAction } from "../src/features/save-action";
import type { FakeWorkbook } from "../tests/workbook/excel/fake/model";
import { portOn, trackingWorkbook, webPortOn } from "../tests/workbook/excel/fake/tracking";

interface Figures {
  syncs: number;
  reads: number;
  request: number;
  response: number;
  largest: number;
}

type Setup = ReturnType<typeof portOn>;

const NOW = new Date("2026-03-15T12:00:00Z");
const today = todayOf(NOW);

/** What one user action costs: the host's counted messages and the full reads, its events included. */
async function measure(
  { ctx }: Setup,
  reads: { count: number },
  action: () => Promise<unknown>,
): Promise<Figures> {
  const syncs = ctx.syncs;
  const first = ctx.requestBytes.length;
  const readsBefore = reads.count;
  await action();
  // The events Excel raises for the action, and the read the pane would make for each one passed on.
  await ctx.events();
  const sum = (list: number[]) => list.slice(first).reduce((a, b) => a + b, 0);
  return {
    syncs: ctx.syncs - syncs,
    reads: reads.count - readsBefore,
    request: sum(ctx.requestBytes),
    response: sum(ctx.responseBytes),
    largest: Math.max(0, ...ctx.responseBytes.slice(first)),
  };
}

async function actionsOn(wb: FakeWorkbook, setup: Setup): Promise<[string, Figures][]> {
  const { port } = setup;
  const reads = { count: 0 };
  const read = port.read.bind(port);
  port.read = () => {
    reads.count += 1;
    return read();
  };
  // The pane reads once when someone else changed the tables (debounced: once per burst).
  let pending: Promise<unknown> | undefined;
  const heard = () => {
    pending ??= loadPlan(port, { today, lang: "fr" }).then((plan) => {
      snapshot = plan.snapshot;
      pending = undefined;
    });
  };
  const out: [string, Figures][] = [];
  let snapshot: WorkbookSnapshot | undefined;
  out.push([
    "open",
    await measure(setup, reads, async () => {
      const [plan] = await Promise.all([loadPlan(port, { today, lang: "fr" }), port.onChange(heard)]);
      snapshot = plan.snapshot;
    }),
  ]);
  out.push([
    "check",
    // Vérifier shows the report of the plan the pane holds: the domain, no round trip.
    await measure(setup, reads, async () => {
      if (snapshot) planOf(snapshot, { today, lang: "fr" });
    }),
  ]);
  out.push([
    "a co-author's edit",
    await measure(setup, reads, async () => {
      wb.changeTable("Suivis", "Remote");
      await setup.ctx.events();
      await pending;
    }),
  ]);
  out.push([
    "save an action",
    await measure(setup, reads, async () => {
      const input = { ...emptyActionInput(), no: "9.1", action: "Nouvelle action", porteur: "Loisirs" };
      const saved = await saveAction(port, input, { today, from: snapshot });
      if (!saved.ok) throw new Error("the action was refused");
      snapshot = saved.snapshot;
    }),
  ]);
  out.push([
    "save a follow-up",
    await measure(setup, reads, async () => {
      const input = { ...emptySuiviInput("2026-03-14"), action: "1.1", status: "in-progress" as const };
      const saved = await addSuivi(port, { ...input, progress: "30" }, { today, from: snapshot });
      if (!saved.ok) throw new Error("the follow-up was refused");
      snapshot = saved.snapshot;
    }),
  ]);
  out.push([
    "bilan",
    await measure(setup, reads, async () => {
      await makeBilan(port, { lang: "fr", now: NOW, from: snapshot });
    }),
  ]);
  return out;
}

const TARGETS: Record<string, string> = {
  open: "2 syncs on desktop, 1 read",
  check: "<= 2 syncs on desktop, <= 1 read",
  "a co-author's edit": "1 read",
  "save an action": "<= 2 syncs, 0 reads",
  "save a follow-up": "<= 2 syncs, 0 reads",
  bilan: "<= 3 syncs, 0 reads",
};

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export async function benchExcelActions(): Promise<void> {
  console.log("Excel add-in, per user action (Microsoft's Excel client library on the test host):");
  console.log(
    `  ${"workbook".padEnd(18)} ${"Excel".padEnd(8)} ${"action".padEnd(19)} ${"syncs".padStart(5)} ${"reads".padStart(5)} ${"request".padStart(10)} ${"response".padStart(11)} ${"largest".padStart(10)}   target`,
  );
  for (const [actions, suivis] of [
    [10, 10],
    [200, 50_000],
  ]) {
    for (const [where, on] of [
      ["desktop", portOn],
      ["web", webPortOn],
    ] as const) {
      const wb = trackingWorkbook(actions, suivis);
      const rows = await actionsOn(wb, on(wb));
      for (const [action, f] of rows) {
        console.log(
          `  ${`${suivis.toLocaleString("en-US")} follow-ups`.padEnd(18)} ${where.padEnd(8)} ${action.padEnd(19)} ${String(f.syncs).padStart(5)} ${String(f.reads).padStart(5)} ${kb(f.request).padStart(10)} ${kb(f.response).padStart(11)} ${kb(f.largest).padStart(10)}   ${TARGETS[action]}`,
        );
      }
    }
  }
  console.log("  (reads: full reads of the workbook, including those a change event would trigger;");
  console.log("   largest: the largest response, which Excel on the web refuses over 5 MB)");
}

if (require.main === module) {
  benchExcelActions().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
