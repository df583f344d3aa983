/** Closed lists as choices in the person's language, and the open lists the workbook offers. */
import type { Lang } from "../../domain/lang";
import type { Workbook } from "../../domain/model";
import type { Term } from "../../domain/vocabulary";
import type { Choice } from "./form-field";

export function choicesOf(terms: readonly Term[], lang: Lang): Choice[] {
  return terms.map((t) => ({ value: t.id, label: t[lang] }));
}

/** People the workbook knows: names from Acteurs, then porteurs already named in the plan. */
export function peopleOf(wb: Workbook): string[] {
  const names = [...wb.acteurs.map((a) => a.name), ...wb.actions.map((a) => a.porteur ?? "")];
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
