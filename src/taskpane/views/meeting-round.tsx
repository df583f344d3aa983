/**
 * Around the table: the actions to review one after the other, keyboard first (Enter: next
 * action), each prefilled from its last follow-up; then the committee's reflection; then
 * « Enregistrer les suivis »: one write of every changed follow-up and the meeting's row.
 */
import { Button, Checkbox, Field, Input, Select, Text, Textarea } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { formatDate } from "../../domain/format";
import type { FieldIssue, SuiviField } from "../../domain/forms/inputs";
import { needsReason, validateSuivi } from "../../domain/forms/validate-suivi";
import type { Lang } from "../../domain/lang";
import {
  REFLECTION_KEYS,
  emptyReflection,
  entryInput,
  isChanged,
  prefilledEntries,
  roundFieldOf,
  type EntryIssues,
  type Reflection,
  type RoundEntry,
  type RoundField,
} from "../../domain/meeting";
import type { Workbook } from "../../domain/model";
import { STATUSES, label, type StatusId } from "../../domain/vocabulary";
import type { MeetingPlan } from "../../features/prepare-meeting";
import { saveMeeting } from "../../features/save-meeting";
import { issueMessage } from "../../i18n/forms";
import { meetingPaneText } from "../../i18n/meeting-pane";
import { errorText } from "../components/error-text";
import { Notice, type NoticeValue } from "../components/notice";
import { usePane } from "../pane-context";
import { meetingSheetText } from "../../i18n/meeting-sheet";
import { DocumentActions } from "./document-actions";
import { useMeetingStyles } from "./meeting-view";

interface RoundProps {
  wb: Workbook;
  meeting: MeetingPlan;
  onDone(): void;
  onBack(): void;
}

/** The issues of an entry by round field (Réalisations shows on the note). */
function issuesByField(issues: EntryIssues | undefined): Partial<Record<RoundField | "date", FieldIssue>> {
  const out: Partial<Record<RoundField | "date", FieldIssue>> = {};
  for (const [field, issue] of Object.entries(issues?.errors ?? {})) {
    const key = roundFieldOf(field as SuiviField);
    if (key && key !== "action" && issue) out[key] = issue;
  }
  return out;
}

export function MeetingRound({ wb, meeting, onDone, onBack }: RoundProps) {
  const { lang, port, text, saved: savedPlan, held, saving, plan } = usePane();
  const t = meetingPaneText[lang];
  const styles = useMeetingStyles();
  const { agenda } = meeting;
  const prefills = useMemo(() => prefilledEntries(agenda.items), [agenda]);
  const [entries, setEntries] = useState<RoundEntry[]>(() => prefills.map((p) => ({ ...p })));
  const [index, setIndex] = useState(0);
  const [reflection, setReflection] = useState<Reflection>(emptyReflection());
  const [invalid, setInvalid] = useState<EntryIssues[]>([]);
  const [notice, setNotice] = useState<NoticeValue>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  const reflectionFirst = useRef<HTMLTextAreaElement>(null);
  const n = entries.length;
  const changed = entries.filter((e, i) => isChanged(e, prefills[i])).length;

  useEffect(() => {
    if (index < n) first.current?.focus();
    else reflectionFirst.current?.focus();
  }, [index, n]);

  const set = <K extends keyof RoundEntry>(key: K, value: RoundEntry[K]) =>
    setEntries((prev) => prev.map((e, i) => (i === index ? { ...e, [key]: value } : e)));

  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key !== "Enter" || event.shiftKey || index >= n) return;
    if (target.tagName === "BUTTON" || target.tagName === "TEXTAREA") return;
    event.preventDefault();
    setIndex(index + 1);
  };

  const save = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      saving();
      // The snapshot the round was read from, when the pane still holds it unchanged.
      const from = plan?.wb === wb ? held() : undefined;
      const result = await saveMeeting(
        port,
        wb,
        {
          date: agenda.date,
          instance: agenda.instance.name,
          reviewed: agenda.items.map((i) => i.state.action.no),
          entries,
          prefills,
          reflection,
        },
        from,
      ).catch(async (e: unknown) => {
        await savedPlan(undefined);
        throw e;
      });
      if (!result.ok) {
        setInvalid(result.invalid);
        setNotice({ intent: "error", text: t.invalid(result.invalid.length) });
        await savedPlan(held());
        return;
      }
      setInvalid([]);
      const parts = [result.saved.length > 0 ? t.saved(result.saved.length) : t.noChange];
      if (result.meetingRecorded) parts.push(t.savedMeeting);
      else parts.push(t.noRencontres);
      if (result.missingColumns.length > 0) parts.push(t.missingColumns(result.missingColumns.join(", ")));
      setNotice({ intent: result.missingColumns.length > 0 ? "warning" : "success", text: parts.join(" ") });
      setSaved(true);
      await savedPlan(result.snapshot);
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, text) });
    } finally {
      setBusy(false);
    }
  };

  if (saved) {
    return (
      <div className={styles.column}>
        <Notice notice={notice} />
        <DocumentActions
          words={meetingSheetText[lang]}
          make={async () => {
            const { meetingDocument } = await import("../../report/meeting-document");
            return meetingDocument(wb, meeting, { lang, reflection });
          }}
        />
        <Button appearance="primary" onClick={onDone}>
          {t.newMeeting}
        </Button>
      </div>
    );
  }

  const invalidList =
    invalid.length > 0 ? (
      <ul className={styles.list}>
        {invalid.map((issue) => {
          const at = entries.findIndex((e) => e.action === issue.action);
          const [field, first] = Object.entries(issue.errors).find(([, i]) => i?.severity === "error") ?? [];
          const message = first ? issueMessage(lang, first.key, first.params) : String(field);
          return (
            <li key={issue.action}>
              <Button appearance="transparent" size="small" onClick={() => setIndex(at)}>
                {t.invalidEntry(issue.action, message)}
              </Button>
            </li>
          );
        })}
      </ul>
    ) : null;

  if (index >= n) {
    return (
      <div className={styles.column}>
        <Text as="h2" weight="semibold" size={400}>
          {t.reflectionTitle}
        </Text>
        <Text size={200}>{t.reflectionHint}</Text>
        {REFLECTION_KEYS.map((key, i) => (
          <Field key={key} label={t[key]}>
            <Textarea
              ref={i === 0 ? reflectionFirst : undefined}
              value={reflection[key]}
              onChange={(_, d) => setReflection({ ...reflection, [key]: d.value })}
              resize="vertical"
            />
          </Field>
        ))}
        <Text>{t.changed(changed)}</Text>
        <Notice notice={notice} />
        {invalidList}
        <div className={styles.row}>
          <Button onClick={() => setIndex(n - 1)}>{t.backToRound}</Button>
          <Button appearance="primary" onClick={save} disabled={busy}>
            {busy ? t.saving : t.save}
          </Button>
        </div>
      </div>
    );
  }

  const entry = entries[index];
  const item = agenda.items[index];
  const stored = invalid.find((i) => i.action === entry.action);
  const live = isChanged(entry, prefills[index])
    ? { action: entry.action, errors: validateSuivi(entryInput(entry, agenda.date), wb) }
    : undefined;
  const issues = issuesByField(stored ?? live);
  const state = (field: RoundField) => fieldState(issues[field], lang);
  const reason = needsReason(entry.status);
  return (
    <div
      className={styles.column}
      onKeyDown={onKeyDown}
      role="group"
      aria-label={t.progressLabel(index + 1, n)}
    >
      <Text size={200}>
        {t.progressLabel(index + 1, n)} · {t.changed(changed)}
      </Text>
      <Text as="h2" weight="semibold" size={400}>
        {t.entryTitle(entry.action, item.state.action.text)}
      </Text>
      <Text size={200}>
        {[
          item.state.action.porteur ?? t.noPorteur,
          item.reasons.map((r) => t.reasons[r]).join(", "),
          item.state.lastSuivi ? formatDate(item.state.lastSuivi.date) : "",
        ]
          .filter(Boolean)
          .join(" · ")}
      </Text>
      <Field label={t.status} {...state("status")}>
        <Select ref={first} value={entry.status} onChange={(_, d) => set("status", d.value as StatusId)}>
          {STATUSES.map((s) => (
            <option key={s.id} value={s.id}>
              {label(STATUSES, s.id, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.progress} {...state("progress")}>
        <Input value={entry.progress} onChange={(_, d) => set("progress", d.value)} inputMode="decimal" />
      </Field>
      <Field label={t.note} {...state("note")}>
        <Input value={entry.note} onChange={(_, d) => set("note", d.value)} />
      </Field>
      <Field label={reason ? t.reason : t.obstacles} required={reason} {...state("obstacles")}>
        <Input value={entry.obstacles} onChange={(_, d) => set("obstacles", d.value)} />
      </Field>
      <Checkbox
        label={t.bonCoup}
        checked={entry.bonCoup}
        onChange={(_, d) => set("bonCoup", Boolean(d.checked))}
      />
      {issues.date ? (
        <Notice notice={{ intent: "error", text: issueMessage(lang, issues.date.key, issues.date.params) }} />
      ) : null}
      <Notice notice={notice} />
      {invalidList}
      <div className={styles.row}>
        <Button onClick={() => (index === 0 ? onBack() : setIndex(index - 1))}>{t.previous}</Button>
        <Button appearance="primary" onClick={() => setIndex(index + 1)}>
          {index === n - 1 ? t.toReflection : t.next}
        </Button>
      </div>
      <Text size={200}>{t.keyboardHint}</Text>
    </div>
  );
}

function fieldState(issue: FieldIssue | undefined, lang: Lang) {
  if (!issue) return {};
  return {
    validationState: issue.severity === "error" ? ("error" as const) : ("warning" as const),
    validationMessage: issueMessage(lang, issue.key, issue.params),
  };
}
