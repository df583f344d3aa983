/** @jest-environment jsdom */
/** One read per user action: a save of the pane's is not followed by a read; someone else's edit is, once. */
import "@testing-library/jest-dom";
import { act, screen, waitFor } from "@testing-library/react";
import { RELOAD_DELAY_MS } from "../../src/taskpane/use-plan";
import { FakePort, sampleSnapshot } from "../features/fake-port";
import { box, pickAction, renderPane } from "./render-pane";

describe("one read per user action", () => {
  test("a follow-up saved: no read, its echo ignored; a co-author's change: one read", async () => {
    const fake = new FakePort(sampleSnapshot());
    const { user } = await renderPane(fake, { view: "suivi" });
    expect(fake.reads).toBe(1);
    await pickAction(user, /^No action/, "1.1");
    await user.type(box(/^Raison \(obstacles\)/), "Budget gelé");
    await user.click(screen.getByRole("button", { name: "Ajouter le suivi" }));
    expect(await screen.findByText("Suivi de l'action 1.1 ajouté.")).toBeInTheDocument();
    // Excel raises a change event for the add-in's own write, right after it.
    act(() => fake.emitChange());
    await act(() => new Promise((resolve) => setTimeout(resolve, RELOAD_DELAY_MS + 100)));
    expect(fake.batches).toHaveLength(1);
    expect(fake.reads).toBe(1);
    // The pane shows the new follow-up without reading: the Vérifier tab counts it.
    await user.click(screen.getAllByText("Vérifier")[0]);
    const counted = sampleSnapshot().tables.find((t) => t.name === "Suivis")!.values.length; // header + rows, + 1 new
    expect(screen.getByText(new RegExp(`${counted} suivis lus`))).toBeInTheDocument();

    // Later, a co-author edits the Suivis table: one read, however many events.
    await act(() => new Promise((resolve) => setTimeout(resolve, 1600)));
    act(() => {
      fake.emitChange();
      fake.emitChange();
    });
    await waitFor(() => expect(fake.reads).toBe(2), { timeout: RELOAD_DELAY_MS * 4 });
    await act(() => new Promise((resolve) => setTimeout(resolve, RELOAD_DELAY_MS + 100)));
    expect(fake.reads).toBe(2);
  }, 20000);
});
