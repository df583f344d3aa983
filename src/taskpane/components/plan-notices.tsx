/** Messages about the workbook itself: a failed read, a tracking table renamed or missing. */
import { hasTrackingTables, type LoadedPlan } from "../../features/load-plan";
import { usePane } from "../pane-context";
import { errorText } from "./error-text";
import { Notice } from "./notice";

export function blockingMessages(plan: LoadedPlan): string[] {
  const { wb, report } = plan;
  const someTable = Boolean(wb.tables.Actions || wb.tables.Suivis);
  if (!someTable && !hasTrackingTables(wb)) return []; // an empty workbook: Démarrer explains
  return report.problems
    .filter((p) => p.severity === "error" && (p.code === "missing-table" || p.code === "missing-column"))
    .map((p) => p.message);
}

export function PlanNotices({ error }: { error: unknown }) {
  const { plan, text } = usePane();
  if (error !== undefined) return <Notice notice={{ intent: "error", text: errorText(error, text) }} />;
  const messages = plan ? blockingMessages(plan) : [];
  if (messages.length === 0) return null;
  return <Notice notice={{ intent: "warning", title: text.problemsTitle, text: messages.join(" ") }} />;
}
