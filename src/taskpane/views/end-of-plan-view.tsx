/**
 * « Fin de plan »: the end-of-plan bilan of the plan the pane has read (each action's outcome,
 * completion rate, the text for the renewal request), its sheet written on demand, and the
 * next plan's workbook (next-plan-panel.tsx).
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { formatDate, formatPercent } from "../../domain/format";
import { OUTCOMES, planHasEnded } from "../../domain/outcome";
import { endOfPlanOf, makeEndOfPlan } from "../../features/end-of-plan";
import type { LoadedPlan } from "../../features/load-plan";
import { endPaneText } from "../../i18n/meeting-pane";
import { CopyText } from "../components/copy-text";
import { errorText } from "../components/error-text";
import { Notice, type NoticeValue } from "../components/notice";
import { RequireTables } from "../components/require-tables";
import { usePane } from "../pane-context";
import { DocumentActions } from "./document-actions";
import { NextPlanPanel } from "./next-plan-panel";
import { outcomeReportText } from "../../i18n/outcome";
import { reportText } from "../../i18n/report";
import { sheetStart } from "./bilan-view";

const useStyles = makeStyles({
  // A long word (an action title, a name) wraps rather than widening the narrow pane.
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
  figures: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function EndOfPlanView() {
  return <RequireTables>{(plan) => <EndOfPlan plan={plan} />}</RequireTables>;
}

function EndOfPlan({ plan }: { plan: LoadedPlan }) {
  const { lang, port, text, now, reload } = usePane();
  const t = endPaneText[lang];
  const styles = useStyles();
  const made = useMemo(() => endOfPlanOf(plan.wb, { lang, now: now() }), [plan, lang, now]);
  const [notice, setNotice] = useState<NoticeValue>();
  const [sheet, setSheet] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { figures } = made;
  const end = plan.wb.settings.end;

  const write = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await makeEndOfPlan(port, { lang, now: now(), referenceDate: plan.wb.referenceDate });
      setSheet(result.sheet);
      setNotice({ intent: "success", text: t.written(result.sheet) });
      await reload();
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, text) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.column}>
      <Notice
        notice={{
          intent: "info",
          text:
            planHasEnded(plan.wb) && end !== undefined
              ? t.ended(formatDate(end))
              : t.notEnded(end === undefined ? null : formatDate(end)),
        }}
      />
      <section className={styles.column} aria-label={t.results}>
        <Text as="h2" weight="semibold" size={400}>
          {t.results}
        </Text>
        <ul className={styles.figures}>
          <li>
            {t.figure(t.rate, figures.total.rate === null ? "—" : formatPercent(figures.total.rate, lang))}
          </li>
          {OUTCOMES.map((o) => (
            <li key={o.id}>{t.figure(o[lang], String(figures.total.outcomes[o.id]))}</li>
          ))}
        </ul>
      </section>
      <CopyText label={t.renewal} value={made.text} />
      <DocumentActions
        words={{ ...outcomeReportText[lang], print: reportText[lang].print }}
        make={async () => {
          const { outcomeReport } = await import("../../report/outcome-document");
          return outcomeReport(figures);
        }}
      />
      <Button appearance="primary" onClick={write} disabled={busy}>
        {busy ? t.writing : t.write}
      </Button>
      <Notice notice={notice} />
      {sheet ? (
        <Button onClick={() => void port.select(sheetStart(sheet)).catch(() => undefined)}>
          {t.goTo(sheet)}
        </Button>
      ) : null}
      <NextPlanPanel plan={plan} />
    </div>
  );
}
