/**
 * Hand-built workbooks and action states for the bilan tests (no reader, no flag rules:
 * every status and flag is written out so each figure can be computed by hand).
 */
import { dayFromIso, type Day } from "../../../src/domain/dates";
import type { Action, ActionState, Flag, Settings, Suivi, Workbook } from "../../../src/domain/model";
import type { StatusId } from "../../../src/domain/vocabulary";

export const d = (iso: string): Day => dayFromIso(iso) as Day;

export const R = d("2026-03-15");

let nextRow = 2;

export function action(no: string, extra: Partial<Action> = {}): Action {
  return { sheet: "Plan d'action", row: nextRow++, no, text: `Action ${no}`, ...extra };
}

export function suivi(no: string, date: string, status: StatusId, extra: Partial<Suivi> = {}): Suivi {
  return { sheet: "Suivis", row: nextRow++, date: d(date), action: no, status, ...extra };
}

/** A state as actionStates would give it; status = last follow-up's, unless told. */
export function state(
  a: Action,
  suivis: Suivi[] = [],
  flags: Omit<Flag, "action">[] = [],
  status?: StatusId,
): ActionState {
  const sorted = [...suivis].sort((x, y) => x.date - y.date || x.row - y.row);
  const last = sorted[sorted.length - 1];
  const s: ActionState = {
    action: a,
    status: status ?? last?.status ?? "not-started",
    lastSuivi: last,
    suivis: sorted,
    flags: flags.map((f) => ({ action: a.no, ...f })),
  };
  const withProgress = [...sorted].reverse().find((x) => x.progress !== undefined);
  if (withProgress) s.progress = withProgress.progress;
  return s;
}

export function workbook(
  states: ActionState[],
  extra: Partial<Workbook> = {},
  settings: Partial<Settings> = {},
): Workbook {
  return {
    lang: "fr",
    referenceDate: R,
    settings: { planType: "PFM-MADA", followUpDays: 90, noticeDays: 30, ...settings },
    actions: states.map((s) => s.action),
    suivis: states.flatMap((s) => s.suivis),
    acteurs: [],
    rencontres: [],
    areas: [],
    instances: [],
    tables: {},
    problems: [],
    counts: { actions: states.length, suivis: states.flatMap((s) => s.suivis).length },
    ...extra,
  };
}

/**
 * The main plan, at R = 2026-03-15 (plan 2024-01-01 to 2027-12-31, ListeChamps: Loisirs,
 * Transport et mobilité, Sécurité):
 * - 1.1 Loisirs, Service des loisirs, families, due 2025-12-31: in progress, late 74 days;
 *   two suivis (2025-06-01 spent 200 h 3 obstacles; 2026-02-01 spent 100 h 2 bon coup).
 * - 1.2 "loisirs", "service des loisirs", seniors, due 2026-12-31: blocked since 2026-01-10 (spent 50).
 * - 2.1 Transport et mobilité, MRC, families-seniors, due 2025-06-30: done 2025-05-01
 *   (spent 1800.25, bon coup), budget 2000.50, 20 h planned.
 * - 2.2 no area, no porteur, no clientèle, due 2026-04-01, no suivi: due soon 17 days, stale.
 * - 3.1 Culture (not in the list), Bibliothèque, no due: ongoing since 2025-10-01 (1.5 h), stale.
 * - 3.2 Culture, Bibliothèque, due 2027-06-30: postponed 2026-03-01.
 */
export function mainPlan(): { wb: Workbook; states: ActionState[] } {
  nextRow = 2;
  const a11 = action("1.1", {
    area: "Loisirs",
    porteur: "Service des loisirs",
    clientele: "families",
    due: d("2025-12-31"),
    budget: 1000,
    hours: 10,
  });
  const a12 = action("1.2", {
    area: "loisirs",
    porteur: "service des loisirs",
    clientele: "seniors",
    due: d("2026-12-31"),
    budget: 500,
  });
  const a21 = action("2.1", {
    area: "Transport et mobilité",
    porteur: "MRC",
    clientele: "families-seniors",
    due: d("2025-06-30"),
    budget: 2000.5,
    hours: 20,
  });
  const a22 = action("2.2", { due: d("2026-04-01") });
  const a31 = action("3.1", { area: "Culture", porteur: "Bibliothèque", recurrence: "ongoing" });
  const a32 = action("3.2", { area: "Culture", porteur: "Bibliothèque", due: d("2027-06-30") });
  const states = [
    state(
      a11,
      [
        suivi("1.1", "2025-06-01", "in-progress", {
          progress: 20,
          obstacles: "Manque de bénévoles",
          nextSteps: "Recruter",
          spent: 200,
          hours: 3,
        }),
        suivi("1.1", "2026-02-01", "in-progress", {
          progress: 40,
          obstacles: "  ",
          nextSteps: "Relancer le comité",
          spent: 100,
          hours: 2,
          bonCoup: true,
          achievements: "Première activité tenue",
        }),
      ],
      [{ kind: "late", days: 74 }],
    ),
    state(
      a12,
      [suivi("1.2", "2026-01-10", "blocked", { obstacles: "Salle indisponible", spent: 50 })],
      [{ kind: "blocked" }],
    ),
    state(a21, [
      suivi("2.1", "2025-05-01", "done", {
        progress: 100,
        spent: 1800.25,
        bonCoup: true,
        achievements: "Navette lancée",
      }),
    ]),
    state(
      a22,
      [],
      [
        { kind: "stale", days: 804 },
        { kind: "due-soon", days: 17 },
      ],
    ),
    state(
      a31,
      [suivi("3.1", "2025-10-01", "ongoing", { spent: 0, hours: 1.5 })],
      [{ kind: "stale", days: 165 }],
    ),
    state(a32, [suivi("3.2", "2026-03-01", "postponed", { bonCoup: false })]),
  ];
  const wb = workbook(
    states,
    { areas: ["Loisirs", "Transport et mobilité", "Sécurité"] },
    {
      organisation: "Ville de Saint-Exemple",
      title: "Plan PFM-MADA 2024-2027",
      start: d("2024-01-01"),
      end: d("2027-12-31"),
    },
  );
  return { wb, states };
}
