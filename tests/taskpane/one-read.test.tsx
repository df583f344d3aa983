/** @jest-environment jsdom */
/**
 * One read per user action: a save of the pane's is not followed by a read (the pane shows
 * what it wrote, through the domain); someone else's edit is, once. On Microsoft's Excel client
 * library and the Excel host: the host raises change events for the pane's own write too, and
 * the port recognises them from the events themselves.
 */
import "./text-encoding";
import "@testing-library/jest-dom";
import { act, screen, waitFor } from "@testing-library/react";
import { RELOAD_DELAY_MS } from "../../src/taskpane/use-plan";
import { FakePort, sampleSnapshot } from "../features/fake-port";
import { portOn, trackingWorkbook } from "../workbook/excel/fake/tracking";
import { box, pickAction, renderPane } from "./render-pane";

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, RELOAD_DELAY_MS + 100)));

describe("one read per user action", () => {
  test("a follow-up saved: no read; someone else's change: one read, however many events", async () => {
    const fake = new FakePort(sampleSnapshot());
    const { user } = await renderPane(fake, { view: "suivi" });
    expect(fake.reads).toBe(1);
    await pickAction(user, /^No action/, "1.1");
    await user.type(box(/^Raison \(obstacles\)/), "Budget gelé");
    await user.click(screen.getByRole("button", { name: "Ajouter le suivi" }));
    expect(await screen.findByText("Suivi de l'action 1.1 ajouté.")).toBeInTheDocument();
    await settle();
    expect(fake.batches).toHaveLength(1);
    expect(fake.reads).toBe(1);
    // The pane shows the new follow-up without reading: the Vérifier tab counts it.
    await user.click(screen.getAllByText("Vérifier")[0]);
    const counted = sampleSnapshot().tables.find((t) => t.name === "Suivis")!.values.length; // header + rows, + 1 new
    expect(screen.getByText(new RegExp(`${counted} suivis lus`))).toBeInTheDocument();

    act(() => {
      fake.emitChange();
      fake.emitChange();
    });
    await waitFor(() => expect(fake.reads).toBe(2), { timeout: RELOAD_DELAY_MS * 4 });
    await settle();
    expect(fake.reads).toBe(2);
  }, 20000);

  test("on the Excel host: open in 2 syncs, a follow-up in 1 with its echo ignored, a co-author's edit read once", async () => {
    const wb = trackingWorkbook(3, 4);
    const { ctx, port } = portOn(wb);
    const read = jest.spyOn(port, "read");
    const { user } = await renderPane(port, { view: "suivi" });
    await ctx.events();
    expect(read).toHaveBeenCalledTimes(1);
    expect(ctx.syncs).toBe(2);
    expect(ctx.watches(wb.table("Suivis")!)).toBe(true);

    await pickAction(user, /^No action/, "1.2");
    await user.type(box(/^Obstacles|^Raison \(obstacles\)/), "Budget gelé");
    const before = ctx.syncs;
    await user.click(screen.getByRole("button", { name: "Ajouter le suivi" }));
    expect(await screen.findByText("Suivi de l'action 1.2 ajouté.")).toBeInTheDocument();
    await act(() => ctx.events());
    await settle();
    expect(ctx.syncs - before).toBe(1);
    expect(read).toHaveBeenCalledTimes(1);
    expect(wb.table("Suivis")!.lastRow).toBe(6);

    const atChange = ctx.syncs;
    act(() => {
      wb.changeTable("Suivis", "Remote");
      wb.changeTable("Actions", "Remote");
    });
    await act(() => ctx.events());
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2), { timeout: RELOAD_DELAY_MS * 4 });
    await settle();
    expect(read).toHaveBeenCalledTimes(2);
    expect(ctx.syncs - atChange).toBe(2);
  }, 30000);
});
