/** Démarrer: create the tracking workbook when it has no tables; once it holds a plan, « Aujourd'hui ». */
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { today } from "../../domain/dates";
import { hasTrackingTables } from "../../features/load-plan";
import { adoptPaneText } from "../../i18n/adopt";
import { errorText } from "../components/error-text";
import { planHasEnded } from "../../domain/outcome/ended";
import { Notice, type NoticeValue } from "../components/notice";
import { usePane } from "../pane-context";
import { TodayView } from "./today-view";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Loaded only for a plan whose end date is past: its words and the outcome kit stay out of the first screen. */
const EndOfPlanHint = lazy(() => import("./end-of-plan-hint").then((m) => ({ default: m.EndOfPlanHint })));

export function StartView() {
  const { port, lang, text, plan, reload, created, now, show } = usePane();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue>();

  const create = async (demo: boolean) => {
    setBusy(true);
    setNotice(undefined);
    try {
      // Loaded on demand: the template and the example plan stay out of the initial bundle.
      const { startWorkbook } = await import("../../features/start-workbook");
      await startWorkbook(port, { lang, demo, today: today(now()) });
      setNotice({ intent: "success", text: text.start.created });
      if (created) created();
      else await reload();
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, text) });
    } finally {
      setBusy(false);
    }
  };

  if (!plan) return <Spinner size="small" label={text.loading} />;
  if (hasTrackingTables(plan.wb)) {
    return (
      <div className={styles.column}>
        <Notice notice={notice} />
        {planHasEnded(plan.wb) ? (
          <Suspense fallback={null}>
            <EndOfPlanHint plan={plan} />
          </Suspense>
        ) : null}
        <TodayView plan={plan} />
      </div>
    );
  }
  return (
    <div className={styles.column}>
      <Notice notice={{ intent: "info", title: text.start.noTablesTitle, text: text.start.noTables }} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void create(false)}>
          {text.start.createEmpty}
        </Button>
        <Button disabled={busy} onClick={() => void create(true)}>
          {text.start.createDemo}
        </Button>
        {show ? (
          <Button disabled={busy} onClick={() => show("adopt")}>
            {adoptPaneText[lang].open}
          </Button>
        ) : null}
      </div>
      {busy ? <Spinner size="small" label={text.start.creating} /> : null}
      <Notice notice={notice} />
    </div>
  );
}
