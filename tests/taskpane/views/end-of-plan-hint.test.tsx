/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { dayFromIso, type Day } from "../../../src/domain/dates";
import { demoPlan } from "../../../src/domain/demo";
import { planSnapshot } from "../../../src/domain/demo/snapshot";
import { PARAMETRES } from "../../../src/domain/schema";
import type { WorkbookSnapshot } from "../../../src/domain/raw";
import { FakePort } from "../../features/fake-port";
import { renderPane } from "../render-pane";

/** The demo on the pane's day (2026-03-15), with « Fin du plan » set to `end` in Paramètres. */
function demoEnding(end: string): WorkbookSnapshot {
  const snapshot = planSnapshot(demoPlan(dayFromIso("2026-03-15") as Day, "fr"));
  const settings = snapshot.tables.find((t) => t.name === PARAMETRES.name)!;
  const row = settings.values.find((r) => r[0] === "Fin du plan")!;
  row[1] = dayFromIso(end) as number;
  return snapshot;
}

test.each([
  [
    "fr",
    "Le plan a pris fin le 2026-01-31 : c'est le moment du bilan de fin de plan.",
    "Voir le bilan de fin de plan",
    "Fin de plan",
  ],
  [
    "en",
    "The plan ended on 2026-01-31: time for the end-of-plan report.",
    "See the end-of-plan report",
    "End of plan",
  ],
] as const)(
  "(%s) once the plan's end date is past, the first screen proposes the end-of-plan bilan, one click away",
  async (lang, hint, button, tab) => {
    const { user } = await renderPane(new FakePort(demoEnding("2026-01-31")), { lang });
    expect(await screen.findByText(hint)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: button }));
    expect(screen.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
  },
);

test("a plan that ends later is not told it has ended", async () => {
  await renderPane(new FakePort(demoEnding("2026-12-31")), { lang: "en" });
  expect(screen.queryByRole("button", { name: "See the end-of-plan report" })).toBeNull();
  expect(screen.queryByText(/The plan ended on/)).toBeNull();
});
