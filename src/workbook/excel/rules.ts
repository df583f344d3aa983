/// <reference types="office-js" />
/**
 * Plan vivant's conditional formats in Excel. Each carries its tag's marker in its formula
 * (`markedFormula`), so they are told from the user's own rules by their formula alone: the
 * adapter lists them in a round trip it spends anyway (the read's second one), keeps their ids
 * for the next write, and that write deletes them by id, never with `clearAll()`.
 *
 * Conditional formats, `getItem(id)` and `customOrNullObject` are ExcelApi 1.6, under the
 * add-in's 1.7 floor. Where Excel fails to list them anyway, nothing is deleted and no tagged
 * rule is added: the user's rules are never at risk, Plan vivant's are at worst left as they were.
 */
import { hasMarker, ruleMarker } from "../../domain/layout/sheet-plan";

/** How long rules listed by a read are trusted by the next write (a bilan writes right after its read). */
export const RULES_FRESH_MS = 10_000;

/** What one listing loads: ids, types and custom formulas only (a few bytes a rule). */
export const RULE_PROPS = "items/id,items/type,items/customOrNullObject/rule/formula";

/** `N("PlanVivant.`: the start of every tag's marker. */
const MARKER_START = ruleMarker("").slice(0, -2);

export interface MarkedRule {
  id: string;
  /** The formula as Excel gives it back, e.g. `=AND(OR(...),N("PlanVivant.Alerte")=0)`. */
  formula: string;
}

export interface RuleKnowledge {
  /** Lower-case sheet name -> the rules on it that carry a Plan vivant marker. */
  sheets: Map<string, MarkedRule[]>;
  /** Lower-case names of sheets whose rules Excel could not list. */
  unavailable: Set<string>;
  /** When they were listed (`Date.now()`). */
  at: number;
}

export function emptyRules(at: number): RuleKnowledge {
  return { sheets: new Map(), unavailable: new Set(), at };
}

/** Queues the listing of a sheet's conditional formats (every one that intersects the sheet). */
export function queueRuleList(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return sheet.getRange().conditionalFormats.load(RULE_PROPS);
}

/** The listed rules that carry a Plan vivant marker; the user's rules are not even kept. */
export function markedRules(collection: Excel.ConditionalFormatCollection): MarkedRule[] {
  const marked: MarkedRule[] = [];
  for (const item of collection.items) {
    if (item.type !== "Custom") continue;
    const formula = item.customOrNullObject.rule.formula;
    if (typeof formula === "string" && formula.includes(MARKER_START)) marked.push({ id: item.id, formula });
  }
  return marked;
}

/** The ids of the rules carrying one of `tags`' markers. */
export function idsCarrying(rules: readonly MarkedRule[], tags: ReadonlySet<string>): string[] {
  return rules.filter((rule) => [...tags].some((tag) => hasMarker(rule.formula, tag))).map((r) => r.id);
}

/** The knowledge if still fresh at `now`, else undefined. */
export function freshRules(rules: RuleKnowledge | undefined, now: number): RuleKnowledge | undefined {
  return rules && now - rules.at >= 0 && now - rules.at <= RULES_FRESH_MS ? rules : undefined;
}

/**
 * Lists the rules of `sheets` in one round trip of its own, for a write that has no fresh
 * listing (no read just before). A failed listing marks the sheets unavailable, never fails.
 */
export async function listRules(
  context: Excel.RequestContext,
  sheets: readonly string[],
  known: RuleKnowledge | undefined,
  now: number,
): Promise<RuleKnowledge> {
  const next: RuleKnowledge = known
    ? { sheets: new Map(known.sheets), unavailable: new Set(known.unavailable), at: known.at }
    : emptyRules(now);
  const lists = sheets.map((name) => ({
    name,
    list: queueRuleList(context.workbook.worksheets.getItem(name)),
  }));
  try {
    await context.sync();
    for (const { name, list } of lists) next.sheets.set(name.toLowerCase(), markedRules(list));
  } catch {
    for (const { name } of lists) next.unavailable.add(name.toLowerCase());
  }
  return next;
}
