/** The `Suivis` table: the fiches de suivi, an append-only history. */
import type { Day } from "../dates";
import type { Instance, Problem, Suivi } from "../model";
import { fold } from "../text";
import { SUIVIS } from "../schema";
import { SOURCES, STATUSES, YES_NO, type StatusId } from "../vocabulary";
import { readAmount, readChoice, readProgress, readText, readTextOrNumber } from "./fields";
import type { Located } from "./locate";
import { RowCursor } from "./rows";
import { parseDate, parseId, parseTerm, parseText } from "./values";

export interface SuivisRead {
  suivis: Suivi[];
  rows: number;
}

const NEEDS_REASON: ReadonlySet<StatusId> = new Set(["postponed", "blocked", "dropped"]);

export function readSuivis(
  located: Located,
  actionNos: ReadonlySet<string>,
  referenceDate: Day,
  problems: Problem[],
  instances: readonly Instance[] = [],
): SuivisRead {
  const cur = new RowCursor(SUIVIS, located, problems);
  // A follow-up recorded at a meeting names the body in Source (« Table régionale »...).
  const bodies = new Map(instances.map((i) => [fold(i.name), i.name]));
  // A Source of the list that is also a body (« Comité de suivi »), found once, not per row.
  const bodyOfSource = new Map(
    SOURCES.flatMap((t) => {
      const name = bodies.get(fold(t.fr)) ?? bodies.get(fold(t.en));
      return name === undefined ? [] : [[t.id, name] as const];
    }),
  );
  const suivis: Suivi[] = [];
  const sheet = located.found.sheet;
  const rows = cur.each(() => {
    let placed = true;
    const date = parseDate(cur.get("date"));
    if (!date.ok || date.value === undefined) {
      cur.report("error", "invalid-date", "date");
      placed = false;
    } else if (date.value > referenceDate) {
      cur.report("error", "future-date", "date");
      placed = false;
    }
    const action = parseId(cur.get("action"));
    if (action === undefined || !actionNos.has(action)) {
      cur.report("error", "unknown-action", "action");
      placed = false;
    }
    const status = parseTerm(STATUSES, cur.get("status"));
    if (!status.ok || status.value === undefined) {
      cur.report("error", "invalid-status", "status");
      placed = false;
    }
    const bonCoup = readChoice(cur, "bonCoup", YES_NO);
    const source = parseTerm(SOURCES, cur.get("source"));
    // Only a Source that is none of the list's values can name a body (fold is not free on 50,000 rows).
    const sourceText = source.ok ? undefined : parseText(cur.get("source"));
    const body =
      source.ok && source.value !== undefined
        ? bodyOfSource.get(source.value)
        : sourceText === undefined
          ? undefined
          : bodies.get(fold(sourceText));
    // Every key present from the start: one object shape for 50,000 rows.
    const suivi: Suivi = {
      sheet,
      row: cur.row,
      date: date.ok ? (date.value as Day) : 0,
      action: action ?? "",
      status: (status.ok ? status.value : undefined) as StatusId,
      progress: readProgress(cur, "progress"),
      achievements: readText(cur, "achievements"),
      obstacles: readText(cur, "obstacles"),
      nextSteps: readText(cur, "nextSteps"),
      spent: readAmount(cur, "spent"),
      hours: readAmount(cur, "hours"),
      indicatorValue: readTextOrNumber(cur, "indicatorValue"),
      bonCoup: bonCoup === undefined ? undefined : bonCoup === "yes",
      source: source.ok ? source.value : body === undefined ? readChoice(cur, "source", SOURCES) : undefined,
      instance: body,
      filledBy: readText(cur, "filledBy"),
    };
    if (!placed) return;
    if (suivi.status === "done" && suivi.progress !== undefined && suivi.progress < 100) {
      cur.report("warning", "done-not-complete", "progress", { no: suivi.action });
    }
    if (NEEDS_REASON.has(suivi.status) && suivi.obstacles === undefined) {
      cur.report("warning", "no-reason", cur.has("obstacles") ? "obstacles" : "status", { no: suivi.action });
    }
    suivis.push(suivi);
  });
  return { suivis, rows };
}
