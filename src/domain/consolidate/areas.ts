/**
 * Areas of action across municipalities: an area of the default list is the same area
 * whether a workbook spells it in French or English; other areas match ignoring case and
 * accents and keep their first spelling; actions without an area form one last group.
 */
import type { GroupRow } from "../bilan/types";
import { zeroCounts } from "../bilan/groups";
import type { Lang } from "../lang";
import { fold } from "../text";
import { DEFAULT_AREAS, STATUS_IDS } from "../vocabulary";
import { consolidateText } from "../../i18n/consolidate";
import type { RegionalAreaRow } from "./types";

const DEFAULT_KEYS = new Map<string, string>();
for (const area of DEFAULT_AREAS) {
  DEFAULT_KEYS.set(fold(area.fr), area.id);
  DEFAULT_KEYS.set(fold(area.en), area.id);
}

/** The regional key of an area as a workbook names it. */
export function areaKey(name: string | null): string {
  if (name === null || fold(name) === "") return "none";
  const id = DEFAULT_KEYS.get(fold(name));
  return id ? `default:${id}` : `custom:${fold(name)}`;
}

/** Adds up municipal area groups (bilan rows) into regional rows, in a stable order. */
export function regionalAreas(groups: readonly GroupRow[][], lang: Lang): RegionalAreaRow[] {
  const rows = new Map<string, RegionalAreaRow>();
  for (const municipal of groups) {
    for (const group of municipal) {
      if (group.actions === 0) continue;
      const key = areaKey(group.name);
      let row = rows.get(key);
      if (!row)
        rows.set(
          key,
          (row = { key, label: areaLabel(key, group.name, lang), actions: 0, byStatus: zeroCounts() }),
        );
      row.actions += group.actions;
      for (const id of STATUS_IDS) row.byStatus[id] += group.byStatus[id];
    }
  }
  const order = (key: string): number => {
    if (key === "none") return Number.MAX_SAFE_INTEGER;
    const i = DEFAULT_AREAS.findIndex((a) => `default:${a.id}` === key);
    return i >= 0 ? i : DEFAULT_AREAS.length;
  };
  // Array.prototype.sort is stable: custom areas keep the order they were first seen in.
  return [...rows.values()].sort((a, b) => order(a.key) - order(b.key));
}

function areaLabel(key: string, name: string | null, lang: Lang): string {
  if (key === "none") return consolidateText[lang].noArea;
  const area = DEFAULT_AREAS.find((a) => `default:${a.id}` === key);
  return area ? area[lang] : (name ?? "").trim();
}
