/** Vérifier: alerts by kind and problems by severity; each item shows its cell in the workbook. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { flagLabel } from "../../domain/bilan/computed-columns";
import type { ActionState, Flag, Severity } from "../../domain/model";
import { cellRef } from "../../domain/text";
import { FLAG_ORDER, flagsText } from "../../i18n/flags";
import type { LoadedPlan } from "../../features/load-plan";
import { Notice } from "../components/notice";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  // A long word (an action title, a name) wraps rather than widening the narrow pane.
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    minWidth: 0,
    fontWeight: "normal",
  },
});

const SEVERITIES: readonly Severity[] = ["error", "warning"];

interface Item {
  key: string;
  label: string;
  cell: string;
}

function Group({ title, items }: { title: string; items: Item[] }) {
  const { port, text } = usePane();
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <Text as="h3" weight="semibold" size={300}>
        {title}
      </Text>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.key}>
            <Button
              appearance="subtle"
              className={styles.item}
              title={text.check.show(item.cell)}
              onClick={() => void port.select(item.cell).catch(() => undefined)}
            >
              {item.label}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function flagItems(
  flags: Flag[],
  states: ActionState[],
  plan: LoadedPlan,
  describe: (f: Flag, s: ActionState) => string,
) {
  const noCol = plan.wb.tables.Actions?.columns.no ?? 1;
  return flags.flatMap((flag, i) => {
    const state = states.find((s) => s.action.no === flag.action);
    if (!state) return [];
    const { sheet, row } = state.action;
    return [{ key: `${flag.kind}-${i}`, label: describe(flag, state), cell: cellRef(sheet, row, noCol) }];
  });
}

export function CheckView() {
  const { text, lang, plan } = usePane();
  const styles = useStyles();
  if (!plan) return null;
  const { report, states } = plan;
  const describe = (f: Flag, s: ActionState) =>
    text.check.flag(text.actionOption(s.action.no, s.action.text), flagLabel(f, lang));
  const nothing = report.flags.length === 0 && report.problems.length === 0;
  return (
    <div className={styles.column}>
      <Text as="h2" weight="semibold" size={400}>
        {text.check.title}
      </Text>
      <Text size={200}>{text.check.counts(String(report.counts.actions), String(report.counts.suivis))}</Text>
      {nothing ? <Notice notice={{ intent: "success", text: text.check.nothing }} /> : null}
      {FLAG_ORDER.map((kind) => (
        <Group
          key={kind}
          title={flagsText[lang][kind]}
          items={flagItems(
            report.flags.filter((f) => f.kind === kind),
            states,
            plan,
            describe,
          )}
        />
      ))}
      {SEVERITIES.map((severity) => (
        <Group
          key={severity}
          title={text.check.severity[severity]}
          items={report.problems
            .filter((p) => p.severity === severity)
            .map((p, i) => ({
              key: `${severity}-${i}`,
              label: text.check.problem(p.cell, p.message),
              cell: p.cell,
            }))}
        />
      ))}
    </div>
  );
}
