/// <reference types="office-js" />
/**
 * Plan vivant's conditional formats in Excel. Each carries its tag's marker in its formula
 * (`markedFormula`) and the range it was written for (`ownFormula`), so they are told from the
 * user's own rules by their formula alone, and a rule already as planned is left alone.
 *
 * `ConditionalFormat.id` is no key: "the priority of the conditional format in the current
 * ConditionalFormatCollection", a position that shifts as soon as a rule before it goes. So the
 * read's listing (its second round trip, spent anyway) only tells whether Excel can list the
 * rules and whether Plan vivant has any; the ids a write deletes come from a listing queued at
 * the end of that write's own batch, and the deletes go in the very next round trip (write.ts).
 *
 * Conditional formats, `getItem(id)` and `customOrNullObject` are ExcelApi 1.6, under the
 * add-in's 1.7 floor. Where Excel fails to list them anyway, nothing is deleted and no tagged
 * rule is added: the user's rules are never at risk, Plan vivant's are at worst left as they were.
 */
import {
  hasMarker,
  ownFormula,
  ruleMarker,
  type ConditionalFormatPlan,
} from "../../domain/layout/sheet-plan";

/**
 * How long a read's listing tells the next write whether Excel lists rules and whether Plan
 * vivant has any on a sheet (a bilan writes right after its read). Its ids are never used.
 */
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

/** The rules carrying one of `tags`' markers, in the listing's (priority) order. */
export function carrying(rules: readonly MarkedRule[], tags: ReadonlySet<string>): MarkedRule[] {
  return rules.filter((rule) => [...tags].some((tag) => hasMarker(rule.formula, tag)));
}

/** The same formula once Excel gives it back (with `=`, possibly another case or spacing). */
function sameFormula(listed: string, planned: string): boolean {
  const canonical = (formula: string) => formula.replace(/^=/, "").replace(/\s+/g, "").toLowerCase();
  return canonical(listed) === canonical(planned);
}

/** What to do with one sheet's tagged rules, given a fresh listing of Plan vivant's rules there. */
export interface RuleReplacement {
  /** Ids (fresh, in priority order) of Plan vivant's rules to delete. */
  remove: string[];
  /** Rules to add (after the deletes): none when the planned ones are all there, in order. */
  add: ConditionalFormatPlan[];
}

/**
 * Compares Plan vivant's listed rules (those carrying the plan's tags) with the planned ones:
 * when every planned rule is there with its very formula (range included) and in the planned
 * order, nothing is added and only the other listed ones (duplicates, stale ranges) go; else
 * every listed one goes and the planned ones are added again, in their order.
 */
export function replacement(
  listed: readonly MarkedRule[],
  planned: readonly ConditionalFormatPlan[],
): RuleReplacement {
  const wanted = planned.map(ownFormula);
  const extra: string[] = [];
  let next = 0;
  for (const rule of listed) {
    if (next < wanted.length && sameFormula(rule.formula, wanted[next])) next += 1;
    else extra.push(rule.id);
  }
  if (next === wanted.length) return { remove: extra, add: [] };
  return { remove: listed.map((rule) => rule.id), add: [...planned] };
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
