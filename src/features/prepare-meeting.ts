/**
 * Prepares a meeting: reads once, proposes the actions to review (by porteur) and the point
 * statutaire sized for the body; with `record`, adds the meeting's row to `Rencontres` in one
 * write (never a second row for the same day and body).
 */
import type { Day } from "../domain/dates";
import type { Lang } from "../domain/lang";
import { rowFormats, placeRow } from "../domain/forms/rows";
import {
  meetingAgenda,
  meetingRow,
  meetingStatutaire,
  rencontreValues,
  type Agenda,
} from "../domain/meeting";
import type { Instance, Workbook } from "../domain/model";
import { readWorkbook } from "../domain/read";
import { RENCONTRES } from "../domain/schema";
import type { WorkbookPort } from "../workbook/port";
import type { WorkbookSnapshot } from "../domain/raw";
import { applyBatch } from "../domain/apply-batch";
import { appendBatch } from "./table-write";

export interface MeetingPlan {
  agenda: Agenda;
  /** The point statutaire, under its heading. */
  text: string;
}

export interface PrepareOptions {
  date: Day;
  instance: Instance;
  invited?: readonly string[];
  lang: Lang;
}

/** The agenda and the text, from a workbook already read. */
export function planMeeting(wb: Workbook, options: PrepareOptions): MeetingPlan {
  const agenda = meetingAgenda(wb, options);
  return { agenda, text: meetingStatutaire(wb, agenda, options.lang) };
}

export type RecordOutcome = "added" | "exists" | "no-table";

/** Adds the meeting's row to `Rencontres` (date, body, actions to review) unless it is there already. */
export async function recordMeeting(
  port: WorkbookPort,
  wb: Workbook,
  plan: MeetingPlan,
  /** The snapshot `wb` was read from: told what the workbook holds after the write. */
  after?: { before: WorkbookSnapshot; done(snapshot: WorkbookSnapshot | undefined): void },
): Promise<RecordOutcome> {
  const found = wb.tables.Rencontres;
  if (!found) return "no-table";
  const { agenda } = plan;
  if (meetingRow(wb, agenda.date, agenda.instance.name)) return "exists";
  const values = rencontreValues(
    {
      date: agenda.date,
      instance: agenda.instance.name,
      reviewed: agenda.items.map((i) => i.state.action.no),
    },
    wb.lang,
  );
  const batch = appendBatch(found, placeRow(found, values), rowFormats(found, RENCONTRES));
  const result = await port.write(batch);
  after?.done(applyBatch(after.before, batch, result));
  return "added";
}

export async function prepareMeeting(
  port: WorkbookPort,
  options: PrepareOptions & { today: Day; record?: boolean },
): Promise<MeetingPlan & { recorded?: RecordOutcome }> {
  const wb = readWorkbook(await port.read(), { today: options.today });
  const plan = planMeeting(wb, options);
  if (!options.record) return plan;
  return { ...plan, recorded: await recordMeeting(port, wb, plan) };
}
