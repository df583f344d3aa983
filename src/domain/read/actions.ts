/** The `Actions` table: the plan d'action, one row per action. */
import type { Lang } from "../lang";
import type { Action, Problem } from "../model";
import { isCellError } from "../raw";
import { ACTIONS } from "../schema";
import { fold } from "../text";
import { CLIENTELES, PRIORITIES, RECURRENCES } from "../vocabulary";
import { readAmount, readChoice, readDate, readText, readTextOrNumber } from "./fields";
import type { Located } from "./locate";
import { RowCursor } from "./rows";
import { parseId } from "./values";

export interface ActionsRead {
  actions: Action[];
  rows: number;
}

export function readActions(
  located: Located,
  areas: string[],
  problems: Problem[],
  _lang: Lang,
): ActionsRead {
  const cur = new RowCursor(ACTIONS, located, problems);
  const actions: Action[] = [];
  const firstRow = new Map<string, number>();
  const knownAreas = new Set(areas.map(fold));
  const rows = cur.each(() => {
    const rawNo = cur.get("no");
    const no = parseId(rawNo);
    const text = readText(cur, "action");
    let placed = true;
    if (no === undefined) {
      cur.report("error", isCellError(rawNo) ? "error-value" : "missing-id", "no");
      placed = false;
    } else if (firstRow.has(no)) {
      cur.report("error", "duplicate-id", "no", { no, firstRow: firstRow.get(no) as number });
      placed = false;
    } else {
      firstRow.set(no, cur.row);
    }
    if (text === undefined && !isCellError(cur.get("action"))) {
      cur.report("error", "missing-action-text", "action", no ? { no } : undefined);
    }
    if (text === undefined) placed = false;

    const action: Action = { sheet: located.found.sheet, row: cur.row, no: no ?? "", text: text ?? "" };
    action.area = readText(cur, "area");
    action.objective = readText(cur, "objective");
    action.clientele = readChoice(cur, "clientele", CLIENTELES);
    action.porteur = readText(cur, "porteur");
    action.partners = readText(cur, "partners");
    action.partnersRole = readText(cur, "partnersRole");
    action.plannedStart = readDate(cur, "plannedStart");
    const dueRaw = cur.get("due");
    action.due = readDate(cur, "due");
    action.recurrence = readChoice(cur, "recurrence", RECURRENCES);
    action.budget = readAmount(cur, "budget");
    action.hours = readAmount(cur, "hours");
    action.expectedResult = readText(cur, "expectedResult");
    action.indicator = readText(cur, "indicator");
    action.target = readTextOrNumber(cur, "target");
    const priority = readChoice(cur, "priority", PRIORITIES);
    if (priority) action.priority = Number(priority) as 1 | 2 | 3;
    action.previousNo = parseId(cur.get("previousNo"));
    action.history = readText(cur, "history");

    if (action.plannedStart !== undefined && action.due !== undefined && action.due < action.plannedStart) {
      cur.report("error", "end-before-start", "due");
    }
    if (!placed) return;
    if (action.area !== undefined && knownAreas.size > 0 && !knownAreas.has(fold(action.area))) {
      cur.report("warning", "unknown-area", "area");
    }
    if (cur.has("porteur") && action.porteur === undefined)
      cur.report("warning", "missing-owner", "porteur", { no: action.no });
    if (cur.has("due") && (dueRaw === null || (typeof dueRaw === "string" && dueRaw.trim() === ""))) {
      if (action.recurrence !== "ongoing") cur.report("warning", "missing-due", "due", { no: action.no });
    }
    actions.push(stripUndefined(action));
  });
  return { actions, rows };
}

/** Drops keys whose value is undefined, so typed rows print and compare cleanly. */
export function stripUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}
