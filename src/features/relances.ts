/** The relances of the plan as it stands: one read, the flags at the reference date, the messages. */
import type { Day } from "../domain/dates";
import { actionStates } from "../domain/flags";
import type { Lang } from "../domain/lang";
import { readWorkbook } from "../domain/read";
import { coordinatorOf, relances, type Relances } from "../domain/relances";
import type { WorkbookPort } from "../workbook/port";

export type { Relances };

export async function makeRelances(
  port: WorkbookPort,
  options: { today: Day; referenceDate?: Day; lang: Lang },
): Promise<Relances> {
  const snapshot = await port.read();
  const wb = readWorkbook(snapshot, { today: options.today, referenceDate: options.referenceDate });
  return relances(wb, actionStates(wb), { lang: options.lang, coordinator: coordinatorOf(snapshot) });
}
