/** Nouvelle action / Modifier: pick an action to edit or start a new one, then save it in one write. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { today } from "../../domain/dates";
import { emptyActionInput, type ActionInput } from "../../domain/forms/inputs";
import { inputFromAction } from "../../domain/forms/prefill";
import { validateAction } from "../../domain/forms/validate-action";
import type { LoadedPlan } from "../../features/load-plan";
import { saveAction } from "../../features/save-action";
import { errorText } from "../components/error-text";
import { Notice, type NoticeValue } from "../components/notice";
import { RequireTables } from "../components/require-tables";
import { useForm } from "../components/use-form";
import { usePane } from "../pane-context";
import { ActionFields } from "./action-fields";
import { ActionPicker } from "./action-picker";
import { UpdatePanel } from "./update-panel";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, overflowWrap: "anywhere" },
});

export function ActionView() {
  return <RequireTables>{(plan) => <ActionForm plan={plan} />}</RequireTables>;
}

function ActionForm({ plan }: { plan: LoadedPlan }) {
  const { port, text, saved, held, saving, now } = usePane();
  const styles = useStyles();
  const { wb } = plan;
  const [editingNo, setEditingNo] = useState<string>();
  const [notice, setNotice] = useState<NoticeValue>();
  const [busy, setBusy] = useState(false);
  const validate = useCallback(
    (input: ActionInput) => validateAction(input, wb, { editingNo }),
    [wb, editingNo],
  );
  const form = useForm(emptyActionInput(), validate);
  // After a postpone or a drop, the form shows the action as the workbook now has it.
  const [stale, setStale] = useState(false);
  useEffect(() => {
    if (!stale) return;
    setStale(false);
    const action = wb.actions.find((a) => a.no === editingNo);
    if (action) form.reset(inputFromAction(action));
    // Runs when the plan is read again, not on each keystroke.
  }, [wb]);

  const pick = (no: string) => {
    const action = wb.actions.find((a) => a.no === no);
    setEditingNo(action?.no);
    form.reset(action ? inputFromAction(action) : emptyActionInput());
    setNotice(undefined);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!form.check()) return setNotice({ intent: "error", text: text.action.fixErrors });
    setBusy(true);
    setNotice(undefined);
    try {
      saving();
      const result = await saveAction(port, form.input, {
        today: today(now()),
        editingNo,
        from: held(),
      }).catch(async (e: unknown) => {
        await saved(undefined);
        throw e;
      });
      if (!result.ok) {
        await saved(held());
        form.check(result.errors);
        setNotice({ intent: "error", text: text.action.fixErrors });
        return;
      }
      if (result.mode === "added") form.reset(emptyActionInput());
      else setEditingNo(result.no);
      setNotice({ intent: "success", text: text.action[result.mode](result.no) });
      await saved(result.snapshot);
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, text) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form ref={form.formRef} className={styles.form} onSubmit={submit} noValidate>
        <ActionPicker
          label={text.action.pick}
          none={text.action.newAction}
          actions={wb.actions}
          value={editingNo ?? ""}
          onPick={pick}
        />
        <ActionFields form={form} wb={wb} />
        <Notice notice={notice} />
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? text.action.saving : text.action.save}
        </Button>
      </form>
      {editingNo !== undefined ? (
        <UpdatePanel key={editingNo} plan={plan} no={editingNo} onSaved={() => setStale(true)} />
      ) : null}
    </>
  );
}
