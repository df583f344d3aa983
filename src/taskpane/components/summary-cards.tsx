/** Where the plan stands at a glance: actions, late, blocked, last follow-up. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatDate } from "../../domain/format";
import type { LoadedPlan } from "../../features/load-plan";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  card: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function summaryOf(plan: LoadedPlan) {
  const { states, wb } = plan;
  const count = (kind: string) => states.filter((s) => s.flags.some((f) => f.kind === kind)).length;
  const last = wb.suivis.reduce<number | undefined>(
    (max, s) => (max === undefined || s.date > max ? s.date : max),
    undefined,
  );
  return { actions: states.length, late: count("late"), blocked: count("blocked"), lastSuivi: last };
}

export function SummaryCards({ plan }: { plan: LoadedPlan }) {
  const { text } = usePane();
  const styles = useStyles();
  const summary = summaryOf(plan);
  const cards: [string, string][] = [
    [text.start.actions, String(summary.actions)],
    [text.start.late, String(summary.late)],
    [text.start.blocked, String(summary.blocked)],
    [text.start.lastSuivi, summary.lastSuivi === undefined ? text.start.none : formatDate(summary.lastSuivi)],
  ];
  return (
    <section aria-label={text.start.summaryTitle}>
      <Text as="h2" weight="semibold" size={400}>
        {text.start.summaryTitle}
      </Text>
      <div className={styles.grid}>
        {cards.map(([label, value]) => (
          <div key={label} className={styles.card}>
            <Text size={200}>{label}</Text>
            <Text size={600} weight="semibold">
              {value}
            </Text>
          </div>
        ))}
      </div>
      <Text size={200}>{text.start.referenceDate(formatDate(plan.wb.referenceDate))}</Text>
    </section>
  );
}
