/**
 * « Rencontre »: prepare a meeting (body, date, invited porteurs) from the plan the pane has
 * read; see the point statutaire and the actions to review by porteur; record the meeting in
 * Rencontres; then go around the table (meeting-round.tsx).
 */
import { Button, Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { dayFromIso, dayToIso, today } from "../../domain/dates";
import { porteursOf, type ReviewItem } from "../../domain/meeting";
import { planMeeting, recordMeeting, type MeetingPlan } from "../../features/prepare-meeting";
import type { LoadedPlan } from "../../features/load-plan";
import { meetingPaneText } from "../../i18n/meeting-pane";
import { CopyText } from "../components/copy-text";
import { errorText } from "../components/error-text";
import { Notice, type NoticeValue } from "../components/notice";
import { RequireTables } from "../components/require-tables";
import { usePane } from "../pane-context";
import { DocumentActions } from "./document-actions";
import { MeetingRound } from "./meeting-round";
import { meetingSheetText } from "../../i18n/meeting-sheet";

export const useMeetingStyles = makeStyles({
  // A long word (an action title, a name) wraps rather than widening the narrow pane.
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  checks: { display: "flex", flexDirection: "column" },
});

export function MeetingView() {
  return <RequireTables>{(plan) => <Meeting plan={plan} />}</RequireTables>;
}

function Meeting({ plan }: { plan: LoadedPlan }) {
  const { lang, now } = usePane();
  const t = meetingPaneText[lang];
  const styles = useMeetingStyles();
  const { wb } = plan;
  const [instance, setInstance] = useState(wb.instances[0]?.name ?? "");
  const [date, setDate] = useState(dayToIso(today(now())));
  const [invited, setInvited] = useState<ReadonlySet<string>>(new Set());
  const [prepared, setPrepared] = useState<MeetingPlan>();
  const [round, setRound] = useState(false);
  const [dateError, setDateError] = useState(false);
  const porteurs = useMemo(() => porteursOf(wb), [wb]);

  const prepare = (event: React.FormEvent) => {
    event.preventDefault();
    const day = dayFromIso(date);
    setDateError(day === undefined);
    const body = wb.instances.find((i) => i.name === instance);
    if (day === undefined || !body) return;
    setPrepared(planMeeting(wb, { date: day, instance: body, invited: [...invited], lang }));
    setRound(false);
  };

  if (prepared && round) {
    return (
      <MeetingRound
        wb={wb}
        meeting={prepared}
        onDone={() => {
          setRound(false);
          setPrepared(undefined);
        }}
        onBack={() => setRound(false)}
      />
    );
  }
  return (
    <div className={styles.column}>
      <form className={styles.column} onSubmit={prepare} noValidate>
        <Field label={t.instance}>
          <Select value={instance} onChange={(_, d) => setInstance(d.value)}>
            {wb.instances.map((i) => (
              <option key={i.name} value={i.name}>
                {i.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t.date}
          hint={t.dateHint}
          validationState={dateError ? "error" : "none"}
          validationMessage={dateError ? t.invalidDate : undefined}
        >
          <Input value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        {porteurs.length > 0 ? (
          <fieldset className={styles.checks}>
            <legend>{t.invited}</legend>
            <Text size={200}>{t.invitedHint}</Text>
            {porteurs.map((p) => (
              <Checkbox
                key={p}
                label={p}
                checked={invited.has(p)}
                onChange={(_, d) => {
                  const next = new Set(invited);
                  if (d.checked) next.add(p);
                  else next.delete(p);
                  setInvited(next);
                }}
              />
            ))}
          </fieldset>
        ) : null}
        <Button type="submit" appearance={prepared ? "secondary" : "primary"}>
          {t.prepare}
        </Button>
      </form>
      {prepared ? <Prepared plan={plan} meeting={prepared} onStart={() => setRound(true)} /> : null}
    </div>
  );
}

function Prepared({ plan, meeting, onStart }: { plan: LoadedPlan; meeting: MeetingPlan; onStart(): void }) {
  const { lang, port, text, reload } = usePane();
  const t = meetingPaneText[lang];
  const styles = useMeetingStyles();
  const [notice, setNotice] = useState<NoticeValue>();
  const [busy, setBusy] = useState(false);
  const { agenda } = meeting;

  const record = async () => {
    setBusy(true);
    try {
      const outcome = await recordMeeting(port, plan.wb, meeting);
      const messages = { added: t.recorded, exists: t.alreadyRecorded, "no-table": t.noRencontres };
      setNotice({ intent: outcome === "no-table" ? "warning" : "success", text: messages[outcome] });
      if (outcome === "added") await reload();
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, text) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.column} aria-label={t.statutaire}>
      <CopyText label={t.statutaire} value={meeting.text} />
      <Text as="h2" weight="semibold" size={400}>
        {t.review(agenda.items.length)}
      </Text>
      {agenda.items.length === 0 ? <Text>{t.nothingToReview}</Text> : null}
      {agenda.groups.map((g) => (
        <div key={g.porteur ?? ""} className={styles.group}>
          <Text weight="semibold">{g.porteur ?? t.noPorteur}</Text>
          <ul className={styles.list}>
            {g.items.map((item) => (
              <li key={item.state.action.no}>{itemText(item, lang)}</li>
            ))}
          </ul>
        </div>
      ))}
      <div className={styles.row}>
        <Button onClick={record} disabled={busy}>
          {busy ? t.recording : t.record}
        </Button>
        {agenda.items.length > 0 ? (
          <Button appearance="primary" onClick={onStart}>
            {t.start}
          </Button>
        ) : null}
      </div>
      <Notice notice={notice} />
      <DocumentActions
        words={meetingSheetText[lang]}
        make={async () => {
          const { meetingDocument } = await import("../../report/meeting-document");
          return meetingDocument(plan.wb, meeting, { lang });
        }}
      />
    </section>
  );
}

function itemText(item: ReviewItem, lang: "fr" | "en"): string {
  const t = meetingPaneText[lang];
  const { no, text } = item.state.action;
  return `${no} ${text} — ${item.reasons.map((r) => t.reasons[r]).join(", ")}`;
}
