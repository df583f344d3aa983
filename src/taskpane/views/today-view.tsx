/**
 * « Aujourd'hui »: what needs the coordinator's attention now, each with one click to act: an
 * action opens its fiche de suivi, the next meeting Rencontre, the porteurs Relances, the
 * problems Vérifier. Computed by the domain from the plan the pane already holds.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { isQuiet, todayOf, type TodayAction } from "../../domain/today";
import type { LoadedPlan } from "../../features/load-plan";
import { todayText, type TodayStrings } from "../../i18n/today";
import { Notice } from "../components/notice";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  // A long action text wraps inside the pane; the button stays as wide as the pane, no wider.
  item: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    minWidth: 0,
    fontWeight: "normal",
    overflowWrap: "anywhere",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  label: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  why: { color: tokens.colorNeutralForeground2 },
  intro: { margin: 0 },
});

type ActionGroup = "late" | "blocked" | "stale" | "dueSoon";
const GROUPS: readonly ActionGroup[] = ["late", "blocked", "stale", "dueSoon"];

function reason(group: ActionGroup, item: TodayAction, t: TodayStrings): string {
  if (group === "late") return t.lateBy(item.days ?? 0, item.due ?? null);
  if (group === "blocked") return t.blockedNote(item.porteur ?? null);
  if (group === "stale") return t.staleFor(item.days ?? null);
  return t.dueIn(item.days ?? 0, item.due ?? null);
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title}>
      <Text as="h3" weight="semibold" size={300}>
        {title}
      </Text>
      {children}
    </section>
  );
}

/** One line to click: what it is, and below it why it is there; its title says what a click does. */
function Item(props: { what: string; why?: string; title?: string; onClick(): void }) {
  const styles = useStyles();
  return (
    <li>
      <Button appearance="subtle" className={styles.item} title={props.title} onClick={props.onClick}>
        <span className={styles.label}>
          <span>{props.what}</span>
          {props.why ? (
            <Text size={200} className={styles.why}>
              {props.why}
            </Text>
          ) : null}
        </span>
      </Button>
    </li>
  );
}

export function TodayView({ plan }: { plan: LoadedPlan }) {
  const { lang, text, show } = usePane();
  const styles = useStyles();
  const t = todayText[lang];
  const today = useMemo(() => todayOf(plan.wb, plan.states, lang), [plan, lang]);
  const open = show ?? (() => undefined);
  const { errors, warnings } = today.problems;
  return (
    <section className={styles.column} aria-labelledby="today-title">
      <div>
        <Text as="h2" block id="today-title" weight="semibold" size={400}>
          {t.title}
        </Text>
        <Text as="p" block size={200} className={styles.intro}>
          {t.intro(today.referenceDate)}
        </Text>
      </div>
      {isQuiet(today) ? <Notice notice={{ intent: "success", text: t.quiet }} /> : null}
      {GROUPS.map((group) =>
        today[group].length === 0 ? null : (
          <Section key={group} title={`${t[group]} (${today[group].length})`}>
            <ul className={styles.list}>
              {today[group].map((item) => (
                <Item
                  key={item.no}
                  what={text.actionOption(item.no, item.text)}
                  why={reason(group, item, t)}
                  title={t.openSuivi(item.no)}
                  onClick={() => open("suivi", { action: item.no })}
                />
              ))}
            </ul>
          </Section>
        ),
      )}
      {today.nextMeeting ? (
        <Section title={t.meetingTitle}>
          <ul className={styles.list}>
            <Item
              what={t.meeting(today.nextMeeting.date, today.nextMeeting.instance ?? null)}
              title={text.tabs.rencontre}
              onClick={() => open("rencontre")}
            />
          </ul>
        </Section>
      ) : null}
      {today.porteurs.length > 0 || today.withoutPorteur > 0 ? (
        <Section title={`${t.porteursTitle} (${today.porteurs.length})`}>
          <ul className={styles.list}>
            {today.porteurs.map((p) => (
              <Item
                key={p.porteur}
                what={t.porteur(p.porteur, p.actions)}
                title={t.openRelances}
                onClick={() => open("relances")}
              />
            ))}
            {today.withoutPorteur > 0 ? (
              <Item
                what={t.withoutPorteur(today.withoutPorteur)}
                title={t.openRelances}
                onClick={() => open("relances")}
              />
            ) : null}
          </ul>
        </Section>
      ) : null}
      {errors + warnings > 0 ? (
        <Section title={t.problemsTitle}>
          <ul className={styles.list}>
            <Item what={t.problems(errors, warnings)} title={text.tabs.check} onClick={() => open("check")} />
          </ul>
        </Section>
      ) : null}
    </section>
  );
}
