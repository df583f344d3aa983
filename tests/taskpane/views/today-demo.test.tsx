/**
 * @jest-environment jsdom
 *
 * « Aujourd'hui » on the demo, as the pane shows it: its lists are exactly the check's late,
 * blocked, stale and due-soon flags (computed here by the check, not typed by hand), and each line
 * is one click to act: an action opens its fiche de suivi on that action, a porteur Relances, the
 * problems Vérifier (the next meeting and the actions without a porteur, which the demo has not,
 * are clicked in today-view.test.tsx).
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { checkReport } from "../../../src/domain/check";
import { demoData, demoOptions } from "../../../src/domain/demo";
import { planSnapshot } from "../../../src/domain/demo/snapshot";
import { actionStates } from "../../../src/domain/flags";
import type { Lang } from "../../../src/domain/lang";
import { templatePlan } from "../../../src/domain/layout/template";
import type { FlagKind } from "../../../src/domain/model";
import { readWorkbook } from "../../../src/domain/read";
import { relances } from "../../../src/domain/relances";
import { formsText } from "../../../src/i18n/forms";
import { taskpaneText } from "../../../src/i18n/taskpane";
import { todayText } from "../../../src/i18n/today";
import { FakePort, d } from "../../features/fake-port";
import { picker, renderPane } from "../render-pane";

const TODAY = d("2026-03-15"); // the day render-pane's clock gives

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A name that starts with `text` (a tab's name may end with a count). */
const startingWith = (text: string) => new RegExp(`^${escape(text)}`);

function demo(lang: Lang) {
  const snapshot = planSnapshot(templatePlan(demoOptions(TODAY, lang), demoData(TODAY, lang)));
  const wb = readWorkbook(snapshot, { today: TODAY });
  return { snapshot, wb, report: checkReport(wb, actionStates(wb), lang) };
}

const GROUPS = [
  ["late", "late"],
  ["blocked", "blocked"],
  ["stale", "stale"],
  ["due-soon", "dueSoon"],
] as const satisfies readonly (readonly [FlagKind, "late" | "blocked" | "stale" | "dueSoon"])[];

/** The region of a group of « Aujourd'hui », by its title (« En retard (3) »). */
const region = (title: string) => screen.getByRole("region", { name: new RegExp(`^${title} \\(\\d+\\)$`) });

/** The action numbers a region lists, in its order. */
const listed = (title: string) =>
  within(region(title))
    .getAllByRole("button")
    .map((b) => /^(\S+) — /.exec(b.textContent ?? "")?.[1]);

describe.each(["fr", "en"] as const)("« Aujourd'hui » on the demo (%s)", (lang) => {
  const t = todayText[lang];
  const tabs = taskpaneText[lang].tabs;
  const tab = (name: string) => screen.getByRole("tab", { name: startingWith(name) });

  test.each(GROUPS)("lists exactly the check's « %s » actions", async (kind, group) => {
    const { snapshot, report } = demo(lang);
    const expected = report.flags.filter((f) => f.kind === kind).map((f) => f.action);
    // The demo promises some of each kind at this date.
    expect(expected.length).toBeGreaterThan(0);
    await renderPane(new FakePort(snapshot), { lang });
    expect(screen.getByRole("region", { name: `${t[group]} (${expected.length})` })).toBeInTheDocument();
    expect([...listed(t[group])].sort()).toEqual([...expected].sort());
  });

  test.each(GROUPS)(
    "each « %s » action is one click to its fiche de suivi, on that action",
    async (_kind, group) => {
      const { snapshot, wb } = demo(lang);
      const { user } = await renderPane(new FakePort(snapshot), { lang });
      const numbers = listed(t[group]);
      for (const [index, no] of numbers.entries()) {
        const action = wb.actions.find((a) => a.no === no);
        expect(action).toBeDefined();
        await user.click(within(region(t[group])).getAllByRole("button")[index]);
        expect(tab(tabs.suivi)).toHaveAttribute("aria-selected", "true");
        expect(await screen.findByDisplayValue(`${action!.no} — ${action!.text}`)).toBe(
          picker(startingWith(formsText[lang].suivi.action)),
        );
        await user.click(tab(t.tab));
      }
    },
  );

  test("each porteur to remind opens Relances; the problems open Vérifier", async () => {
    const { snapshot, report } = demo(lang);
    const { user } = await renderPane(new FakePort(snapshot), { lang });
    const porteurs = () =>
      screen.getByRole("region", { name: new RegExp(`^${t.porteursTitle} \\(\\d+\\)$`) });
    const { wb } = demo(lang);
    // The porteurs the Relances view would write to, from the relances themselves.
    const groups = relances(wb, actionStates(wb), { lang }).relances;
    expect(
      within(porteurs())
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(groups.map((g) => t.porteur(g.porteur, new Set(g.actions.map((i) => i.action)).size)));
    for (const index of groups.keys()) {
      await user.click(within(porteurs()).getAllByRole("button")[index]);
      expect(tab(tabs.relances)).toHaveAttribute("aria-selected", "true");
      await user.click(tab(t.tab));
    }
    const problems = screen.getByRole("region", { name: t.problemsTitle });
    expect(problems).toHaveTextContent(t.problems(report.counts.errors, report.counts.warnings));
    await user.click(within(problems).getByRole("button"));
    expect(tab(tabs.check)).toHaveAttribute("aria-selected", "true");
  });
});
