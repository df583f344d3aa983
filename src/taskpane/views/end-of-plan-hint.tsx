/** Démarrer, once the plan's end date (Paramètres) is past: the end-of-plan bilan is proposed first. */
import { Button } from "@fluentui/react-components";
import { formatDate } from "../../domain/format";
import { planHasEnded } from "../../domain/outcome/ended";
import type { LoadedPlan } from "../../features/load-plan";
import { outcomeReportText } from "../../i18n/outcome";
import { Notice } from "../components/notice";
import { usePane } from "../pane-context";

export function EndOfPlanHint({ plan }: { plan: LoadedPlan }) {
  const { lang, show } = usePane();
  const end = plan.wb.settings.end;
  if (!planHasEnded(plan.wb) || end === undefined) return null;
  const t = outcomeReportText[lang];
  return (
    <>
      <Notice notice={{ intent: "info", text: t.endedHint(formatDate(end)) }} />
      {show ? (
        <Button appearance="primary" onClick={() => show("finDePlan")}>
          {t.open}
        </Button>
      ) : null}
    </>
  );
}
