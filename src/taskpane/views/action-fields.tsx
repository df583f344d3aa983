/** Every column of an action as a labelled field, checked as the person types. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ActionInput } from "../../domain/forms/inputs";
import type { Workbook } from "../../domain/model";
import {
  CLIENTELES,
  PRIORITIES,
  RECURRENCES,
  type ClienteleId,
  type RecurrenceId,
} from "../../domain/vocabulary";
import { choicesOf, peopleOf } from "../components/choices";
import { ChoiceField, ComboField, TextField } from "../components/form-field";
import type { FormState } from "../components/use-form";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type TextKey = Exclude<
  keyof ActionInput,
  "clientele" | "recurrence" | "priority" | "area" | "porteur" | "partners"
>;

export function ActionFields({ form, wb }: { form: FormState<ActionInput>; wb: Workbook }) {
  const { lang, forms } = usePane();
  const styles = useStyles();
  const labels = forms.action;
  const people = peopleOf(wb);
  const text = (key: TextKey, extra: { required?: boolean; multiline?: boolean; hint?: string } = {}) => (
    <TextField
      label={labels[key]}
      value={form.input[key]}
      onChange={(v) => form.set(key, v)}
      issue={form.issue(key)}
      {...extra}
    />
  );
  const combo = (key: "area" | "porteur" | "partners", options: readonly string[]) => (
    <ComboField
      label={labels[key]}
      value={form.input[key]}
      onChange={(v) => form.set(key, v)}
      issue={form.issue(key)}
      options={options}
    />
  );
  return (
    <div className={styles.fields}>
      {text("no", { required: true })}
      {combo("area", wb.areas)}
      {text("objective", { multiline: true })}
      {text("action", { required: true, multiline: true })}
      <ChoiceField
        label={labels.clientele}
        value={form.input.clientele}
        onChange={(v) => form.set("clientele", v as ClienteleId | "")}
        issue={form.issue("clientele")}
        choices={choicesOf(CLIENTELES, lang)}
      />
      {combo("porteur", people)}
      {combo("partners", people)}
      {text("partnersRole", { multiline: true })}
      {text("plannedStart", { hint: forms.dateHint })}
      {text("due", { hint: forms.dateHint })}
      <ChoiceField
        label={labels.recurrence}
        value={form.input.recurrence}
        onChange={(v) => form.set("recurrence", v as RecurrenceId | "")}
        issue={form.issue("recurrence")}
        choices={choicesOf(RECURRENCES, lang)}
      />
      {text("budget", { hint: forms.amountHint })}
      {text("hours", { hint: forms.amountHint })}
      {text("expectedResult", { multiline: true })}
      {text("indicator")}
      {text("target")}
      <ChoiceField
        label={labels.priority}
        value={form.input.priority}
        onChange={(v) => form.set("priority", v)}
        issue={form.issue("priority")}
        choices={choicesOf(PRIORITIES, lang)}
      />
    </div>
  );
}
