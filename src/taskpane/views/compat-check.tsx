/**
 * « Vérifier la compatibilité d'Excel »: runs the port's check (Excel only; where the port has
 * none, the standalone page's file, it says the check is for Excel), shows that it is running,
 * then the result.
 */
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../domain/lang";
import { compatText } from "../../i18n/compat";
import type { CompatReport } from "../../workbook/compat-report";
import type { WorkbookPort } from "../../workbook/port";
import { CompatResult } from "../components/compat-result";
import { Notice } from "../components/notice";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  run: { alignSelf: "flex-start" },
});

type State =
  { kind: "idle" } | { kind: "running" } | { kind: "done"; report: CompatReport } | { kind: "error" };

export function CompatCheck({ port, lang }: { port: WorkbookPort; lang: Lang }) {
  const t = compatText[lang];
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: "idle" });
  const check = port.checkCompatibility?.bind(port);
  const run = async () => {
    if (!check) return;
    setState({ kind: "running" });
    try {
      setState({ kind: "done", report: await check() });
    } catch {
      // The check reports Excel's refusals itself: this is the check failing to load or start.
      setState({ kind: "error" });
    }
  };
  return (
    <section className={styles.column} aria-labelledby="compat-title">
      <Text as="h3" id="compat-title" size={300} weight="semibold">
        {t.title}
      </Text>
      {check ? (
        <>
          <Text>{t.intro}</Text>
          <Button
            className={styles.run}
            appearance="primary"
            disabled={state.kind === "running"}
            onClick={() => void run()}
          >
            {t.run}
          </Button>
          {state.kind === "running" ? <Spinner size="tiny" labelPosition="after" label={t.running} /> : null}
          {state.kind === "error" ? <Notice notice={{ intent: "error", text: t.failedToRun }} /> : null}
          {state.kind === "done" ? <CompatResult report={state.report} lang={lang} /> : null}
        </>
      ) : (
        <Notice notice={{ intent: "info", text: t.excelOnly }} />
      )}
    </section>
  );
}
