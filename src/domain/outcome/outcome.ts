/**
 * Each action's final outcome at the end of the plan (or at any date: « où en serions-nous si
 * le plan finissait aujourd'hui »), from where it stands:
 * - réalisée: its status is Réalisée;
 * - partiellement réalisée: status Partiellement réalisée, or work started and not finished
 *   (En cours, Bloquée or Reportée with a progress above 0, or En cours without a progress);
 * - en continu: status En continu, or En cours for an action whose Récurrence is En continu;
 * - abandonnée: status Abandonnée, with its reason (Obstacles of the follow-up that dropped it);
 * - non réalisée: anything else (À venir, or Bloquée / Reportée with no progress).
 */
import type { ActionState } from "../model";
import type { Term } from "../vocabulary";

export type OutcomeId = "done" | "partly-done" | "ongoing" | "not-done" | "dropped";

export const OUTCOMES: readonly Term<OutcomeId>[] = [
  { id: "done", fr: "Réalisée", en: "Done" },
  { id: "partly-done", fr: "Partiellement réalisée", en: "Partly done" },
  { id: "ongoing", fr: "En continu", en: "Ongoing" },
  { id: "not-done", fr: "Non réalisée", en: "Not done" },
  { id: "dropped", fr: "Abandonnée", en: "Dropped" },
];

export const OUTCOME_IDS: readonly OutcomeId[] = OUTCOMES.map((o) => o.id);

/** Outcomes that count as carried out in the completion rate. */
export const COMPLETED: readonly OutcomeId[] = ["done", "ongoing"];

export interface Outcome {
  id: OutcomeId;
  /** Why it was dropped, when it was. */
  reason?: string;
}

export function outcomeOf(state: ActionState): Outcome {
  const { status, progress, action, lastSuivi } = state;
  switch (status) {
    case "done":
      return { id: "done" };
    case "partly-done":
      return { id: "partly-done" };
    case "dropped":
      return lastSuivi?.obstacles ? { id: "dropped", reason: lastSuivi.obstacles } : { id: "dropped" };
    case "ongoing":
      return { id: "ongoing" };
    case "in-progress":
      if (action.recurrence === "ongoing") return { id: "ongoing" };
      return { id: progress === undefined || progress > 0 ? "partly-done" : "not-done" };
    case "blocked":
    case "postponed":
      return { id: progress !== undefined && progress > 0 ? "partly-done" : "not-done" };
    default:
      return { id: "not-done" };
  }
}

/** Whether an action goes on to the next plan by default: it was not completed nor dropped. */
export function carriesOver(outcome: OutcomeId): boolean {
  return outcome === "partly-done" || outcome === "not-done" || outcome === "ongoing";
}
