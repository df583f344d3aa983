/** The fields of a fiche de suivi; Obstacles becomes the required reason for postponed, blocked or dropped. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SuiviInput } from "../../domain/forms/inputs";
import { needsReason } from "../../domain/forms/validate-suivi";
import {
  SOURCES,
  STATUSES,
  YES_NO,
  type SourceId,
  type StatusId,
  type YesNoId,
} from "../../domain/vocabulary";
import { choicesOf } from "../components/choices";
import { ChoiceField, TextField } from "../components/form-field";
import type { FormState } from "../components/use-form";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type TextKey =
  "date" | "progress" | "achievements" | "nextSteps" | "spent" | "hours" | "indicatorValue" | "filledBy";

export function SuiviFields({ form }: { form: FormState<SuiviInput> }) {
  const { lang, forms } = usePane();
  const styles = useStyles();
  const labels = forms.suivi;
  const text = (key: TextKey, extra: { required?: boolean; multiline?: boolean; hint?: string } = {}) => (
    <TextField
      label={labels[key]}
      value={form.input[key]}
      onChange={(v) => form.set(key, v)}
      issue={form.issue(key)}
      {...extra}
    />
  );
  const reason = needsReason(form.input.status);
  return (
    <div className={styles.fields}>
      {text("date", { required: true, hint: forms.dateHint })}
      <ChoiceField
        label={labels.status}
        required
        value={form.input.status}
        onChange={(v) => form.set("status", v as StatusId | "")}
        issue={form.issue("status")}
        choices={choicesOf(STATUSES, lang)}
      />
      {text("progress", { hint: forms.progressHint })}
      {text("achievements", { multiline: true })}
      <TextField
        label={reason ? forms.reason : labels.obstacles}
        required={reason}
        multiline
        value={form.input.obstacles}
        onChange={(v) => form.set("obstacles", v)}
        issue={form.issue("obstacles")}
      />
      {text("nextSteps", { multiline: true })}
      {text("spent", { hint: forms.amountHint })}
      {text("hours", { hint: forms.amountHint })}
      {text("indicatorValue")}
      <ChoiceField
        label={labels.bonCoup}
        value={form.input.bonCoup}
        onChange={(v) => form.set("bonCoup", v as YesNoId | "")}
        issue={form.issue("bonCoup")}
        choices={choicesOf(YES_NO, lang)}
      />
      <ChoiceField
        label={labels.source}
        value={form.input.source}
        onChange={(v) => form.set("source", v as SourceId | "")}
        issue={form.issue("source")}
        choices={choicesOf(SOURCES, lang)}
      />
      {text("filledBy")}
    </div>
  );
}
