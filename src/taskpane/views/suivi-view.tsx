/** Adds a fiche de suivi: pick the action, start from where it stands, append one row. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { dayToIso, today } from "../../domain/dates";
import { emptySuiviInput, type SuiviInput } from "../../domain/forms/inputs";
import { suiviInputFor } from "../../domain/forms/prefill";
import { validateSuivi } from "../../domain/forms/validate-suivi";
import { addSuivi } from "../../features/add-suivi";
import type { LoadedPlan } from "../../features/load-plan";
import { errorText } from "../components/error-text";
import { Notice, type NoticeValue } from "../components/notice";
import { RequireTables } from "../components/require-tables";
import { useForm } from "../components/use-form";
import { usePane } from "../pane-context";
import { ActionPicker } from "./action-picker";
import { SuiviFields } from "./suivi-fields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, overflowWrap: "anywhere" },
});

export function SuiviView() {
  return <RequireTables>{(plan) => <SuiviForm plan={plan} />}</RequireTables>;
}

function SuiviForm({ plan }: { plan: LoadedPlan }) {
  const { port, text, forms, saved, held, saving, now, prefill } = usePane();
  const styles = useStyles();
  const { wb, states } = plan;
  const [notice, setNotice] = useState<NoticeValue>();
  const [busy, setBusy] = useState(false);
  const [pickKey, setPickKey] = useState(0);
  const validate = useCallback((input: SuiviInput) => validateSuivi(input, wb), [wb]);
  const fresh = () => emptySuiviInput(dayToIso(today(now())));
  // Opened from « Aujourd'hui » on an action: the form starts from where that action stands.
  const picked = prefill && states.find((s) => s.action.no === prefill.action);
  const form = useForm(picked ? suiviInputFor(picked, today(now())) : fresh(), validate);
  const actions = useMemo(() => states.map((s) => s.action), [states]);

  if (states.length === 0) return <Notice notice={{ intent: "info", text: text.suivi.noActions }} />;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!form.check()) return setNotice({ intent: "error", text: text.suivi.fixErrors });
    setBusy(true);
    setNotice(undefined);
    try {
      saving();
      const result = await addSuivi(port, form.input, { today: today(now()), from: held() }).catch(
        async (e: unknown) => {
          await saved(undefined);
          throw e;
        },
      );
      if (!result.ok) {
        await saved(held());
        form.check(result.errors);
        setNotice({ intent: "error", text: text.suivi.fixErrors });
        return;
      }
      form.reset(fresh());
      setPickKey((k) => k + 1);
      setNotice({ intent: "success", text: text.suivi.added(result.action) });
      await saved(result.snapshot);
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, text) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form.formRef} className={styles.form} onSubmit={submit} noValidate>
      <ActionPicker
        key={pickKey}
        label={forms.suivi.action}
        required
        none={forms.noneChosen}
        actions={actions}
        value={form.input.action}
        issue={form.issue("action")}
        onPick={(no) => {
          const state = states.find((s) => s.action.no === no);
          if (!state) return form.set("action", "");
          form.reset({
            ...form.input,
            action: state.action.no,
            status: state.status,
            progress: state.progress === undefined ? "" : String(state.progress),
          });
        }}
      />
      <SuiviFields form={form} />
      <Notice notice={notice} />
      <Button type="submit" appearance="primary" disabled={busy}>
        {busy ? text.suivi.saving : text.suivi.submit}
      </Button>
    </form>
  );
}
