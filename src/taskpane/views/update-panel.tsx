/**
 * Reporter / Abandonner an action picked in the action view: a small form each, saved as a
 * fiche de suivi (and, for a postpone, the new due date) in one write. The history stays in Suivis.
 */
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { dayToIso, today } from "../../domain/dates";
import type { ActionState } from "../../domain/model";
import {
  emptyDropInput,
  emptyPostponeInput,
  hasUpdateErrors,
  validateDrop,
  validatePostpone,
  type DropInput,
  type PostponeInput,
  type UpdateErrors,
  type UpdateIssue,
} from "../../domain/update";
import type { LoadedPlan } from "../../features/load-plan";
import type { WorkbookSnapshot } from "../../domain/raw";
import { dropAction, postponeAction } from "../../features/update-plan";
import { updateIssueMessage, updateText } from "../../i18n/update";
import { errorText } from "../components/error-text";
import { Notice, type NoticeValue } from "../components/notice";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Mode = "postpone" | "drop";

/** `onSaved` runs as soon as the write is done, before the plan is read again. */
export function UpdatePanel({ plan, no, onSaved }: { plan: LoadedPlan; no: string; onSaved?: () => void }) {
  const { lang, now } = usePane();
  const styles = useStyles();
  const t = updateText[lang];
  const [mode, setMode] = useState<Mode>();
  const [notice, setNotice] = useState<NoticeValue>();
  const state = plan.states.find((s) => s.action.no === no);
  if (!state) return null;
  const date = dayToIso(Math.min(today(now()), plan.wb.referenceDate));
  const done = (text: string) => {
    onSaved?.();
    setMode(undefined);
    setNotice({ intent: "success", text });
  };
  const open = (next: Mode) => {
    setMode(next);
    setNotice(undefined);
  };
  return (
    <section className={styles.panel}>
      <div className={styles.buttons}>
        <Button onClick={() => open("postpone")} aria-pressed={mode === "postpone"}>
          {t.postpone}
        </Button>
        <Button onClick={() => open("drop")} aria-pressed={mode === "drop"}>
          {t.drop}
        </Button>
      </div>
      {mode === "postpone" ? (
        <PostponeForm
          key={no}
          plan={plan}
          state={state}
          date={date}
          onDone={done}
          onCancel={() => setMode(undefined)}
        />
      ) : null}
      {mode === "drop" ? (
        <DropForm
          key={no}
          plan={plan}
          state={state}
          date={date}
          onDone={done}
          onCancel={() => setMode(undefined)}
        />
      ) : null}
      <Notice notice={notice} />
    </section>
  );
}

interface FormProps {
  plan: LoadedPlan;
  state: ActionState;
  date: string;
  onDone(text: string): void;
  onCancel(): void;
}

function IssueField(props: {
  label: string;
  value: string;
  issue?: UpdateIssue;
  multiline?: boolean;
  required?: boolean;
  hint?: string;
  onChange(value: string): void;
}) {
  const { lang } = usePane();
  const state = props.issue
    ? {
        validationState: "error" as const,
        validationMessage: updateIssueMessage(lang, props.issue.key, props.issue.params),
      }
    : {};
  const change = (_: unknown, data: { value: string }) => props.onChange(data.value);
  return (
    <Field label={props.label} required={props.required} hint={props.hint} {...state}>
      {props.multiline ? (
        <Textarea value={props.value} onChange={change} />
      ) : (
        <Input value={props.value} onChange={change} />
      )}
    </Field>
  );
}

/** Submit state shared by both forms: errors shown once submitted, one write, the plan read again. */
function useSubmit<Input extends object, Field extends string>(
  validate: (input: Input) => UpdateErrors<Field>,
  save: (
    input: Input,
    from: WorkbookSnapshot | undefined,
  ) => Promise<{ ok: true; snapshot?: WorkbookSnapshot } | { ok: false; errors: UpdateErrors<Field> }>,
  success: (input: Input) => string,
  onDone: (text: string) => void,
) {
  const { text, saved, held, saving } = usePane();
  const [submitted, setSubmitted] = useState(false);
  const [extra, setExtra] = useState<UpdateErrors<Field>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue>();
  const submit = async (input: Input) => {
    setSubmitted(true);
    setExtra({});
    if (hasUpdateErrors(validate(input))) return;
    setBusy(true);
    try {
      saving();
      const result = await save(input, held()).catch(async (e: unknown) => {
        await saved(undefined);
        throw e;
      });
      if (!result.ok) {
        await saved(held());
        return setExtra(result.errors);
      }
      onDone(success(input));
      await saved(result.snapshot);
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, text) });
    } finally {
      setBusy(false);
    }
  };
  const issues = (input: Input): UpdateErrors<Field> => (submitted ? { ...validate(input), ...extra } : {});
  return { submit, issues, busy, notice };
}

/** What both forms share: the title, the submit, the form-wide issue, the outcome and Annuler. */
function UpdateForm(props: {
  title: string;
  confirm: string;
  busy: boolean;
  issue?: UpdateIssue;
  notice?: NoticeValue;
  onSubmit(): void;
  onCancel(): void;
  children: React.ReactNode;
}) {
  const { lang } = usePane();
  const styles = useStyles();
  const t = updateText[lang];
  return (
    <form
      className={styles.panel}
      noValidate
      aria-label={props.title}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <Text weight="semibold">{props.title}</Text>
      {props.children}
      {props.issue ? (
        <Notice
          notice={{ intent: "error", text: updateIssueMessage(lang, props.issue.key, props.issue.params) }}
        />
      ) : null}
      <Notice notice={props.notice} />
      <Button type="submit" appearance="primary" disabled={props.busy}>
        {props.busy ? t.saving : props.confirm}
      </Button>
      <div className={styles.buttons}>
        <Button onClick={props.onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}

function PostponeForm({ plan, state, date, onDone, onCancel }: FormProps) {
  const { port, lang, now } = usePane();
  const t = updateText[lang];
  const [input, setInput] = useState<PostponeInput>(emptyPostponeInput(state.action.no, date));
  const set = (field: keyof PostponeInput) => (value: string) =>
    setInput((prev) => ({ ...prev, [field]: value }));
  const { submit, issues, busy, notice } = useSubmit(
    (i: PostponeInput) => validatePostpone(i, plan.wb, plan.states),
    (i, from) => postponeAction(port, i, { today: today(now()), from }),
    (i) => t.postponed(state.action.no, i.newDue.trim()),
    onDone,
  );
  const errors = issues(input);
  const due = state.action.due;
  return (
    <UpdateForm
      title={t.postponeTitle(state.action.no)}
      confirm={t.confirmPostpone}
      busy={busy}
      issue={errors.action}
      notice={notice}
      onSubmit={() => void submit(input)}
      onCancel={onCancel}
    >
      <Text block>{due === undefined ? t.noDue : t.currentDue(dayToIso(due))}</Text>
      <IssueField
        label={t.newDue}
        required
        value={input.newDue}
        issue={errors.newDue}
        onChange={set("newDue")}
        hint="AAAA-MM-JJ"
      />
      <IssueField
        label={t.postponeReason}
        required
        multiline
        value={input.reason}
        issue={errors.reason}
        onChange={set("reason")}
      />
      <IssueField label={t.date} value={input.date} issue={errors.date} onChange={set("date")} />
    </UpdateForm>
  );
}

function DropForm({ plan, state, date, onDone, onCancel }: FormProps) {
  const { port, lang, now } = usePane();
  const t = updateText[lang];
  const [input, setInput] = useState<DropInput>(emptyDropInput(state.action.no, date));
  const set = (field: keyof DropInput) => (value: string) =>
    setInput((prev) => ({ ...prev, [field]: value }));
  const { submit, issues, busy, notice } = useSubmit(
    (i: DropInput) => validateDrop(i, plan.wb, plan.states),
    (i, from) => dropAction(port, i, { today: today(now()), from }),
    () => t.dropped(state.action.no),
    onDone,
  );
  const errors = issues(input);
  return (
    <UpdateForm
      title={t.dropTitle(state.action.no)}
      confirm={t.confirmDrop}
      busy={busy}
      issue={errors.action}
      notice={notice}
      onSubmit={() => void submit(input)}
      onCancel={onCancel}
    >
      <IssueField
        label={t.dropReason}
        required
        multiline
        value={input.reason}
        issue={errors.reason}
        onChange={set("reason")}
      />
      <IssueField label={t.date} value={input.date} issue={errors.date} onChange={set("date")} />
    </UpdateForm>
  );
}
