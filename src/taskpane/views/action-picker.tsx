/**
 * Picks an action in the Action and Suivi forms: Fluent's Combobox, where typing filters the list
 * by number, text or porteur (the domain's findActions). Its options wrap onto several lines, its
 * list is as wide as the field (never wider than the task pane), and the chosen action is shown in
 * full below it. Arrows, Enter and Escape work as in any combobox; the list's options are read
 * through aria-activedescendant (Fluent's). Only the forms' lazily loaded chunks carry it.
 */
import { Combobox, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { dayToIso } from "../../domain/dates";
import { findActions } from "../../domain/forms/find-action";
import type { FieldIssue } from "../../domain/forms/inputs";
import type { Action } from "../../domain/model";
import { issueMessage } from "../../i18n/forms";
import { pickerText } from "../../i18n/picker";
import { usePane } from "../pane-context";

/** The value of the first option, « none » (never an action's No: these are trimmed). */
const NONE = " ";

const useStyles = makeStyles({
  combobox: { width: "100%", minWidth: 0 },
  input: { minWidth: 0, textOverflow: "ellipsis" },
  option: { overflowWrap: "anywhere", wordBreak: "break-word" },
  porteur: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  chosen: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
    wordBreak: "break-word",
  },
});

interface Props {
  label: string;
  actions: readonly Action[];
  /** The No picked, "" for none. */
  value: string;
  /** The No picked, "" when the person chose the first option (none). */
  onPick(no: string): void;
  /** The first option's text: « (aucun) », « Nouvelle action ». */
  none: string;
  required?: boolean;
  issue?: FieldIssue;
}

export function ActionPicker({ label, actions, value, onPick, none, required, issue }: Props) {
  const { text, lang } = usePane();
  const p = pickerText[lang];
  const styles = useStyles();
  // What the person types to search; undefined while the field shows the chosen action.
  const [query, setQuery] = useState<string>();
  const chosen = actions.find((a) => a.no === value);
  const shown = query === undefined ? actions : findActions(actions, query);
  const optionText = (a: Action) => text.actionOption(a.no, a.text);
  const hint = shown.length === 0 && query ? text.suivi.noMatch : text.suivi.search;
  return (
    <>
      <Field
        label={label}
        required={required}
        hint={hint}
        validationState={issue ? (issue.severity === "error" ? "error" : "warning") : undefined}
        validationMessage={issue ? issueMessage(lang, issue.key, issue.params) : undefined}
      >
        <Combobox
          className={styles.combobox}
          input={{ className: styles.input }}
          value={query ?? (chosen ? optionText(chosen) : "")}
          selectedOptions={[chosen ? chosen.no : NONE]}
          onFocus={(event) => event.target.select()}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(_, data) => {
            // Typing clears Fluent's own selection: only a chosen option counts.
            if (data.optionValue === undefined) return;
            setQuery(undefined);
            onPick(data.optionValue === NONE ? "" : data.optionValue);
          }}
          onOpenChange={(_, data) => {
            if (!data.open) setQuery(undefined);
          }}
          positioning={{
            position: "below",
            align: "start",
            fallbackPositions: ["above"],
            matchTargetSize: "width",
            autoSize: true,
          }}
        >
          {query ? null : (
            <Option value={NONE} text={none}>
              {none}
            </Option>
          )}
          {shown.map((a) => (
            <Option key={a.no} value={a.no} text={optionText(a)} className={styles.option}>
              <span>
                {optionText(a)}{" "}
                {a.porteur ? <span className={styles.porteur}>{p.porteur(a.porteur)}</span> : null}
              </span>
            </Option>
          ))}
        </Combobox>
      </Field>
      {chosen ? (
        <div className={styles.chosen}>
          <Text size={200} weight="semibold">
            {p.chosen}
          </Text>
          <Text>{optionText(chosen)}</Text>
          {chosen.porteur ? <Text size={200}>{p.porteur(chosen.porteur)}</Text> : null}
          {chosen.due ? <Text size={200}>{p.due(dayToIso(chosen.due))}</Text> : null}
        </div>
      ) : null}
    </>
  );
}
