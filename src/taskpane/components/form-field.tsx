/** Fields of the forms: a Fluent Field around an Input, a Textarea, a Select or a freeform Combobox. */
import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { useId } from "react";
import type { FieldIssue } from "../../domain/forms/inputs";
import { issueMessage } from "../../i18n/forms";
import { usePane } from "../pane-context";

interface BaseProps {
  label: string;
  value: string;
  onChange(value: string): void;
  issue?: FieldIssue;
  required?: boolean;
  hint?: string;
}

function useFieldState(issue: FieldIssue | undefined) {
  const { lang } = usePane();
  if (!issue) return {};
  return {
    validationState: issue.severity === "error" ? ("error" as const) : ("warning" as const),
    validationMessage: issueMessage(lang, issue.key, issue.params),
  };
}

export function TextField(props: BaseProps & { multiline?: boolean; placeholder?: string }) {
  const state = useFieldState(props.issue);
  const change = (_: unknown, data: { value: string }) => props.onChange(data.value);
  return (
    <Field label={props.label} required={props.required} hint={props.hint} {...state}>
      {props.multiline ? (
        <Textarea value={props.value} onChange={change} resize="vertical" />
      ) : (
        <Input value={props.value} onChange={change} placeholder={props.placeholder} />
      )}
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A closed list (native select: quick and keyboard friendly). The first choice is "none". */
export function ChoiceField(props: BaseProps & { choices: readonly Choice[] }) {
  const state = useFieldState(props.issue);
  const { forms } = usePane();
  return (
    <Field label={props.label} required={props.required} hint={props.hint} {...state}>
      <Select value={props.value} onChange={(_, data) => props.onChange(data.value)}>
        <option value="">{forms.noneChosen}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * An open list: a text input with the list's values as native suggestions (an `<input list>`,
 * which browsers expose as a combobox and filter as the person types); any other text is accepted.
 * Native rather than Fluent's Combobox, whose popup machinery would double the initial bundle.
 */
export function ComboField(props: BaseProps & { options: readonly string[] }) {
  const state = useFieldState(props.issue);
  const listId = useId();
  return (
    <>
      <Field label={props.label} required={props.required} hint={props.hint} {...state}>
        <Input
          value={props.value}
          onChange={(_, data) => props.onChange(data.value)}
          list={listId}
          autoComplete="off"
        />
      </Field>
      <datalist id={listId}>
        {props.options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </>
  );
}
