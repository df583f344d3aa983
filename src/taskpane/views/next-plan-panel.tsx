/** The next plan's workbook from this one: its period, the actions carried over (checked), one create write. */
import { Button, Checkbox, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { addMonths, dayFromIso, dayToIso, today } from "../../domain/dates";
import { OUTCOMES, outcomeOf } from "../../domain/outcome";
import { defaultCarry } from "../../domain/outcome/next-plan";
import { label } from "../../domain/vocabulary";
import type { LoadedPlan } from "../../features/load-plan";
import { endPaneText, meetingPaneText } from "../../i18n/meeting-pane";
import { errorText } from "../components/error-text";
import { Notice, type NoticeValue } from "../components/notice";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  // A long word (an action title, a name) wraps rather than widening the narrow pane.
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
  // minWidth 0: a fieldset is as wide as its widest word by default, wider than the pane.
  checks: {
    display: "flex",
    flexDirection: "column",
    border: "none",
    padding: 0,
    margin: 0,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
});

/** The day after the plan's end (or the next first of January), for four years. */
function defaultPeriod(plan: LoadedPlan, todayDay: number): { start: string; end: string } {
  const end = plan.wb.settings.end;
  const start =
    end !== undefined ? end + 1 : (dayFromIso(`${dayToIso(todayDay).slice(0, 4)}-12-31`) as number) + 1;
  return { start: dayToIso(start), end: dayToIso(addMonths(start, 48) - 1) };
}

export function NextPlanPanel({ plan }: { plan: LoadedPlan }) {
  const { lang, port, text, now, openWorkbook } = usePane();
  const t = endPaneText[lang];
  const styles = useStyles();
  const period = useMemo(() => defaultPeriod(plan, today(now())), [plan, now]);
  const [start, setStart] = useState(period.start);
  const [end, setEnd] = useState(period.end);
  const [carry, setCarry] = useState<ReadonlySet<string>>(() => defaultCarry(plan.states));
  const [notice, setNotice] = useState<NoticeValue>();
  const [busy, setBusy] = useState(false);

  const create = async () => {
    const from = dayFromIso(start);
    const to = dayFromIso(end);
    if (from === undefined || to === undefined || to < from) {
      setNotice({ intent: "error", text: t.badPeriod });
      return;
    }
    if (!openWorkbook) {
      setNotice({ intent: "warning", text: t.cannotOpen });
      return;
    }
    setBusy(true);
    setNotice(undefined);
    try {
      // The file host and the feature load only when a next plan is made.
      const [{ XlsxPort }, { startNextPlan }] = await Promise.all([
        import("../../workbook/xlsx/file-port"),
        import("../../features/next-plan"),
      ]);
      const target = new XlsxPort(null, { lang });
      const next = await startNextPlan(port, target, {
        today: today(now()),
        referenceDate: plan.wb.referenceDate,
        start: from,
        end: to,
        carry,
      });
      const fileName = t.fileName(next.title);
      await openWorkbook(target.bytes() as Uint8Array, fileName);
      setNotice({ intent: "success", text: t.created(next.carried.length, fileName) });
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, text) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.column} aria-label={t.nextTitle}>
      <Text as="h2" weight="semibold" size={400}>
        {t.nextTitle}
      </Text>
      <Text size={200}>{t.nextIntro}</Text>
      <Field label={t.start} hint={meetingPaneText[lang].dateHint}>
        <Input value={start} onChange={(_, d) => setStart(d.value)} />
      </Field>
      <Field label={t.end} hint={meetingPaneText[lang].dateHint}>
        <Input value={end} onChange={(_, d) => setEnd(d.value)} />
      </Field>
      <fieldset className={styles.checks}>
        <legend>{t.carry(carry.size, plan.states.length)}</legend>
        {plan.states.map((s) => (
          <Checkbox
            key={s.action.no}
            label={t.outcomeOf(s.action.no, s.action.text, label(OUTCOMES, outcomeOf(s).id, lang))}
            checked={carry.has(s.action.no)}
            onChange={(_, d) => {
              const next = new Set(carry);
              if (d.checked) next.add(s.action.no);
              else next.delete(s.action.no);
              setCarry(next);
            }}
          />
        ))}
      </fieldset>
      <Button appearance="primary" onClick={create} disabled={busy}>
        {busy ? t.creating : t.create}
      </Button>
      <Notice notice={notice} />
    </section>
  );
}
