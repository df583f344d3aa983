/**
 * The compatibility check's result: a summary, each operation with its status (and Excel's
 * code when it failed), and the plain-text report in a read-only box with « Copier le rapport »
 * (the clipboard API, else the selected text and the copy command, else a hint to press Ctrl+C).
 */
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Lang } from "../../domain/lang";
import {
  apiSetsText,
  compatReportText,
  compatText,
  platformText,
  probeNote,
  statusCounts,
} from "../../i18n/compat";
import type { CompatReport, CompatStatus } from "../../workbook/compat-report";
import { copyToClipboard } from "./copy-text";
import { Notice, type NoticeValue } from "./notice";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  badge: { flexShrink: 0, width: "80px" },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  copy: { alignSelf: "flex-start" },
});

const BADGE: Record<CompatStatus, "success" | "danger" | "informative" | "subtle"> = {
  passed: "success",
  failed: "danger",
  unsupported: "informative",
  "not-run": "subtle",
};

function summary(report: CompatReport, lang: Lang): NoticeValue {
  const t = compatText[lang];
  if (report.outcome === "structure-protected") return { intent: "warning", text: t.structureProtected };
  if (report.outcome === "no-sheet") return { intent: "error", text: t.noSheet(report.setupCode ?? "?") };
  const failed = statusCounts(report).failed;
  if (!report.sheetRemoved)
    return { intent: "warning", text: t.sheetLeft(report.sheet, report.cleanupCode ?? "?") };
  return failed === 0
    ? { intent: "success", text: t.allPassed }
    : { intent: "warning", text: t.someFailed(failed) };
}

export function CompatResult({ report, lang }: { report: CompatReport; lang: Lang }) {
  const t = compatText[lang];
  const styles = useStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean>();
  const text = compatReportText(report, lang);
  const outcome = summary(report, lang);
  // "1.1 à 1.17" kept on one line.
  const apiSets = apiSetsText(report.apiSets, lang).replace(/ /g, "\u00a0");
  const copy = async () => {
    const done = await copyToClipboard(text, area.current);
    if (!done) area.current?.select();
    setCopied(done);
  };
  return (
    <div className={styles.column}>
      {/* Multiline from the start: the summary is a sentence, too long for one line of the pane. */}
      <MessageBar intent={outcome.intent} layout="multiline" politeness="polite">
        <MessageBarBody>{outcome.text}</MessageBarBody>
      </MessageBar>
      <Text size={200}>
        {`${platformText(report.platform, lang)} · ${report.version} · ExcelApi ${apiSets}`}
      </Text>
      {report.probes.length === 0 ? null : (
        <ul className={styles.list} aria-label={t.title}>
          {report.probes.map((probe) => {
            const note = probeNote(probe, lang);
            return (
              <li key={probe.id} className={styles.item}>
                <Badge className={styles.badge} appearance="tint" color={BADGE[probe.status]} shape="rounded">
                  {t.status[probe.status]}
                </Badge>
                <Text size={200}>
                  {t.probes[probe.id]}
                  {note ? <span className={styles.note}>{note}</span> : null}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      <Field label={t.reportLabel}>
        <Textarea
          ref={area}
          value={text}
          readOnly
          rows={12}
          resize="vertical"
          textarea={{ className: styles.report }}
        />
      </Field>
      <Button className={styles.copy} onClick={() => void copy()}>
        {t.copy}
      </Button>
      {copied === undefined ? null : (
        <Notice
          notice={copied ? { intent: "success", text: t.copied } : { intent: "warning", text: t.copyFailed }}
        />
      )}
    </div>
  );
}
