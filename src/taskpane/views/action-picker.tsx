/**
 * Picks the action a suivi is about: a search box (No, text or porteur) filters a list of actions.
 * A native select keeps it keyboard friendly and light (no popup library in the initial bundle).
 */
import { Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { FieldIssue } from "../../domain/forms/inputs";
import type { ActionState } from "../../domain/model";
import { fold } from "../../domain/text";
import { issueMessage } from "../../i18n/forms";
import { usePane } from "../pane-context";

interface Props {
  label: string;
  states: readonly ActionState[];
  /** The No picked, "" for none. */
  value: string;
  onPick(state: ActionState | undefined): void;
  issue?: FieldIssue;
}

export function matches(state: ActionState, query: string): boolean {
  const q = fold(query);
  const { no, text, porteur } = state.action;
  return [no, text, porteur ?? ""].some((v) => fold(v).includes(q));
}

export function ActionPicker({ label, states, value, onPick, issue }: Props) {
  const { text, forms, lang } = usePane();
  const [query, setQuery] = useState("");
  const shown = states.filter((s) => s.action.no === value || matches(s, query));
  return (
    <>
      <Field label={text.suivi.search}>
        <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <Field
        label={label}
        required
        hint={shown.length === 0 ? text.suivi.noMatch : undefined}
        validationState={issue ? (issue.severity === "error" ? "error" : "warning") : undefined}
        validationMessage={issue ? issueMessage(lang, issue.key, issue.params) : undefined}
      >
        <Select value={value} onChange={(_, data) => onPick(states.find((s) => s.action.no === data.value))}>
          <option value="">{forms.noneChosen}</option>
          {shown.map((s) => (
            <option key={s.action.no} value={s.action.no}>
              {text.actionOption(s.action.no, s.action.text)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
