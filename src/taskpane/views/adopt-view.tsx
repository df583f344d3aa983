/**
 * Adopter un plan: pick the sheet (or table) holding an existing plan, check the proposed
 * column of each of its columns, then create the tracking tables in one write and list the
 * cells that could not be converted (a click shows each one). The original sheet is only read.
 */
import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import {
  TARGETS,
  adoptSources,
  isUsable,
  mappingIssues,
  proposeMapping,
  proposedMapping,
  soleSource,
  type AdoptSource,
  type ColumnMapping,
  type ConvertedPlan,
  type TargetKey,
} from "../../domain/adopt";
import { today } from "../../domain/dates";
import { adoptPlan } from "../../features/adopt-plan";
import { adoptPaneText, adoptText, unconvertedMessage } from "../../i18n/adopt";
import { errorText } from "../components/error-text";
import { Notice, type NoticeValue } from "../components/notice";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  // A long word (an action title, a name) wraps rather than widening the narrow pane.
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
});

const keyOf = (s: AdoptSource) => `${s.kind}:${s.name}`;

export function AdoptView() {
  const { port, lang, text, reload, created, now, show } = usePane();
  const styles = useStyles();
  const t = adoptPaneText[lang];
  const a = adoptText[lang];
  const [sources, setSources] = useState<AdoptSource[]>();
  const [picked, setPicked] = useState("");
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue>();
  const [converted, setConverted] = useState<ConvertedPlan>();

  useEffect(() => {
    let live = true;
    port.read().then(
      (snapshot) => {
        if (!live) return;
        const found = adoptSources(snapshot);
        setSources(found);
        // A workbook with one sheet or table to adopt: it is the plan, its mapping shown at once.
        const only = soleSource(found);
        if (only) pick(only);
      },
      (error: unknown) => live && setNotice({ intent: "error", text: errorText(error, text) }),
    );
    return () => {
      live = false;
    };
  }, [port, text]);

  const source = sources?.find((s) => keyOf(s) === picked);
  const proposal = useMemo(() => (source ? proposeMapping(source) : undefined), [source]);
  const issues = mappingIssues(mapping);
  const sourceLabel = (s: AdoptSource) =>
    s.kind === "table" ? t.tableOption(s.name, s.sheet) : t.sheetOption(s.sheet);

  function pick(next: AdoptSource | undefined) {
    setPicked(next ? keyOf(next) : "");
    const proposed = next ? proposeMapping(next) : undefined;
    setMapping(proposed ? proposedMapping(proposed) : []);
  }

  const choose = (index: number, value: string) =>
    setMapping((prev) =>
      prev.map((m, i) =>
        i === index ? { col: m.col, ...(value ? { target: value as TargetKey } : {}) } : m,
      ),
    );

  const confirm = async () => {
    if (!source) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await adoptPlan(port, { kind: source.kind, name: source.name }, mapping, {
        lang,
        today: today(now()),
      });
      if (result.ok) {
        setConverted(result.converted);
        setNotice({
          intent: "success",
          text: `${t.done(result.converted.actions.length, result.converted.suivis.length)} ${t.untouched}`,
        });
        if (created) created();
        else await reload();
      }
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, text) });
    } finally {
      setBusy(false);
    }
  };

  if (!sources) return notice ? <Notice notice={notice} /> : <Spinner size="small" label={text.loading} />;
  if (converted) {
    return (
      <div className={styles.column}>
        <Notice notice={notice} />
        <Text weight="semibold">
          {converted.unconvertible.length
            ? a.unconvertedHeading(converted.unconvertible.length)
            : a.noneUnconverted}
        </Text>
        <ul className={styles.list}>
          {converted.unconvertible.map((cell) => (
            <li key={cell.cell} className={styles.item}>
              <Button appearance="subtle" onClick={() => void port.select(cell.cell)}>
                {t.showCell(cell.cell, unconvertedMessage(cell, lang))}
              </Button>
            </li>
          ))}
        </ul>
        {show ? <Button onClick={() => show("start")}>{t.back}</Button> : null}
      </div>
    );
  }
  if (sources.length === 0) return <Notice notice={{ intent: "info", text: t.noSources }} />;
  const problems = [
    ...(issues.missing.length ? [a.missing(issues.missing.map(a.target).join(", "))] : []),
    ...(issues.repeated.length ? [a.repeated(issues.repeated.map(a.target).join(", "))] : []),
  ];
  return (
    <div className={styles.column}>
      <Text as="h2" size={400} weight="semibold">
        {t.title}
      </Text>
      <Text>{sources.length === 1 ? t.introOnly : t.intro}</Text>
      {sources.length === 1 ? (
        <Text>{t.onlySource(sourceLabel(sources[0]))}</Text>
      ) : (
        <Field label={t.source}>
          <Select value={picked} onChange={(_, data) => pick(sources.find((s) => keyOf(s) === data.value))}>
            <option value="">{t.pickSource}</option>
            {sources.map((s) => (
              <option key={keyOf(s)} value={keyOf(s)}>
                {sourceLabel(s)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {source && !proposal ? <Notice notice={{ intent: "warning", text: a.noHeader }} /> : null}
      {proposal ? (
        <>
          <Text weight="semibold">{t.mappingTitle(proposal.headerRow)}</Text>
          {proposal.columns.map((column, i) => (
            <Field
              key={column.source.col}
              label={t.columnLabel(column.source.letter, column.source.header)}
              hint={t.columnHint(
                a.confidence[column.confidence],
                column.source.samples.join(" · ") || t.noSamples,
              )}
            >
              <Select value={mapping[i]?.target ?? ""} onChange={(_, data) => choose(i, data.value)}>
                <option value="">{a.ignore}</option>
                {TARGETS.map((target) => (
                  <option key={target.key} value={target.key}>
                    {a.target(target.key)}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          {problems.length ? <Notice notice={{ intent: "warning", text: problems.join(" ") }} /> : null}
          <Button appearance="primary" disabled={busy || !isUsable(issues)} onClick={() => void confirm()}>
            {busy ? t.working : t.confirm}
          </Button>
        </>
      ) : null}
      <Notice notice={notice} />
    </div>
  );
}
