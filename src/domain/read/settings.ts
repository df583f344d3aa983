/** The `Parametres` table: one setting per row, matched by its label in French or English. */
import type { Problem, Settings } from "../model";
import {
  DEFAULT_FOLLOW_UP_DAYS,
  DEFAULT_NOTICE_DAYS,
  PARAMETRES,
  SETTINGS,
  type SettingSpec,
} from "../schema";
import { fold } from "../text";
import { PLAN_TYPES, YES_NO } from "../vocabulary";
import { readChoice, readDate, readText } from "./fields";
import type { Located } from "./locate";
import { RowCursor } from "./rows";
import { parseText, parseWhole } from "./values";

export function defaultSettings(): Settings {
  return { planType: "PFM-MADA", followUpDays: DEFAULT_FOLLOW_UP_DAYS, noticeDays: DEFAULT_NOTICE_DAYS };
}

const byLabel = new Map<string, SettingSpec>();
for (const s of SETTINGS) {
  byLabel.set(fold(s.fr), s);
  byLabel.set(fold(s.en), s);
}

/** The setting a row's folded label names: its own label, else a label pattern. */
function settingOf(label: string): SettingSpec | undefined {
  return byLabel.get(label) ?? SETTINGS.find((s) => s.pattern?.test(label));
}

export function readSettings(located: Located | undefined, problems: Problem[]): Settings {
  const settings = defaultSettings();
  if (!located) return settings;
  const cur = new RowCursor(PARAMETRES, located, problems);
  let endCell: (() => void) | undefined;
  cur.each(() => {
    const label = parseText(cur.get("key"));
    const spec = label === undefined ? undefined : settingOf(fold(label));
    if (!spec) return; // a row of the user's own: kept, not read
    switch (spec.type) {
      case "text": {
        const text = readText(cur, "value");
        if (text !== undefined) settings[spec.key as "organisation" | "title" | "coordinator"] = text;
        break;
      }
      case "choice": {
        const type = readChoice(cur, "value", PLAN_TYPES);
        if (type) settings.planType = type;
        break;
      }
      case "date": {
        const day = readDate(cur, "value");
        if (day !== undefined) settings[spec.key as "start" | "end" | "referenceDate"] = day;
        if (spec.key === "end") {
          const row = cur.row;
          endCell = () => cur.reportAt(row, "error", "end-before-start", "value");
        }
        break;
      }
      case "yesno": {
        const answer = readChoice(cur, "value", YES_NO);
        if (answer) settings.publicSpending = answer === "yes";
        break;
      }
      case "integer": {
        const parsed = parseWhole(cur.get("value"));
        if (!parsed.ok) cur.report("error", "invalid-number", "value");
        else if (parsed.value !== undefined)
          settings[spec.key as "followUpDays" | "noticeDays"] = parsed.value;
        break;
      }
    }
  });
  if (settings.start !== undefined && settings.end !== undefined && settings.end < settings.start)
    endCell?.();
  return settings;
}
