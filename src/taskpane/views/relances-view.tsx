/**
 * Relances: per porteur, the late, neglected and due-soon actions, the message to send,
 * an « Écrire » link that opens it in the mail program, and a button to copy it.
 */
import { Button, Field, Link, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { reasonText, relances, type Relance } from "../../domain/relances";
import type { LoadedPlan } from "../../features/load-plan";
import { relancesText } from "../../i18n/relances";
import { copyToClipboard } from "../components/copy-text";
import { Notice } from "../components/notice";
import { RequireTables } from "../components/require-tables";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  // A long word (an action title, a name) wraps rather than widening the narrow pane.
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
});

export function RelancesView() {
  return <RequireTables>{(plan) => <RelancesList plan={plan} />}</RequireTables>;
}

/** Follows the plan the pane keeps current: no read of its own. */
function RelancesList({ plan }: { plan: LoadedPlan }) {
  const { lang } = usePane();
  const styles = useStyles();
  const t = relancesText[lang];
  const result = useMemo(() => relances(plan.wb, plan.states, { lang }), [plan, lang]);
  const nos = [...new Set(result.withoutPorteur.map((i) => i.action))];
  return (
    <div className={styles.column}>
      <Text as="h2" weight="semibold" size={400}>
        {t.view.title}
      </Text>
      <Text size={200}>{t.view.intro(result.referenceDate)}</Text>
      {result.relances.length === 0 && nos.length === 0 ? (
        <Notice notice={{ intent: "success", text: t.none }} />
      ) : null}
      {result.relances.map((relance) => (
        <RelanceCard key={relance.porteur} relance={relance} />
      ))}
      {nos.length > 0 ? (
        <Notice notice={{ intent: "warning", text: t.withoutPorteur(nos.length, nos.join(", ")) }} />
      ) : null}
    </div>
  );
}

function RelanceCard({ relance }: { relance: Relance }) {
  const { lang } = usePane();
  const styles = useStyles();
  const t = relancesText[lang];
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean>();
  const message = `${relance.subject}\n\n${relance.body}`;
  return (
    <section className={styles.card} aria-label={relance.porteur}>
      <Text as="h3" weight="semibold" size={300}>
        {relance.porteur}
      </Text>
      {relance.email ? <Text size={200}>{relance.email}</Text> : null}
      <ul className={styles.list} aria-label={t.view.actionsOf(relance.porteur)}>
        {relance.actions.map((item) => (
          <li key={`${item.action}-${item.kind}`}>
            <Text
              size={200}
            >{`${item.action} ${item.text}${lang === "fr" ? " : " : ": "}${reasonText(item, lang)}`}</Text>
          </li>
        ))}
      </ul>
      {relance.noEmail ? <Notice notice={{ intent: "info", text: relance.noEmail.message }} /> : null}
      <Field label={t.view.message(relance.porteur)}>
        <Textarea ref={area} value={message} readOnly rows={6} resize="vertical" />
      </Field>
      <div className={styles.actions}>
        {relance.mailto ? (
          <Link
            href={relance.mailto}
            target="_blank"
            rel="noopener"
            aria-label={t.view.writeTo(relance.porteur)}
          >
            {t.view.write}
          </Link>
        ) : null}
        <Button size="small" onClick={async () => setCopied(await copyToClipboard(message, area.current))}>
          {t.view.copy}
        </Button>
      </div>
      {copied === undefined ? null : (
        <Notice
          notice={
            copied
              ? { intent: "success", text: t.view.copied }
              : { intent: "warning", text: t.view.copyFailed }
          }
        />
      )}
    </section>
  );
}
