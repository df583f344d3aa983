/** Shows its content only once the plan is read and the workbook holds the tracking tables. */
import { Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { hasTrackingTables, type LoadedPlan } from "../../features/load-plan";
import { usePane } from "../pane-context";
import { Notice } from "./notice";

export function RequireTables({ children }: { children: (plan: LoadedPlan) => ReactNode }) {
  const { plan, text } = usePane();
  if (!plan) return <Spinner size="small" label={text.loading} />;
  if (!hasTrackingTables(plan.wb)) {
    return (
      <Notice notice={{ intent: "warning", title: text.start.noTablesTitle, text: text.start.noTables }} />
    );
  }
  return <>{children(plan)}</>;
}
