/** Bilan: reference date and period, one button, then the sheet and the point statutaire to copy. */
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parseDate } from "../../domain/read/values";
import type { BilanResult } from "../../features/make-bilan";
import { CopyText } from "../components/copy-text";
import { errorText } from "../components/error-text";
import { TextField } from "../components/form-field";
import { Notice, type NoticeValue } from "../components/notice";
import { RequireTables } from "../components/require-tables";
import { usePane } from "../pane-context";
import { BilanPreview } from "./bilan-preview";

const useStyles = makeStyles({
  // A long word (an action title, a name) wraps rather than widening the narrow pane.
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
});

/** The Excel reference of a sheet's first cell, quoted: `'Bilan (2)'!A1`. */
export function sheetStart(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!A1`;
}

export function BilanView() {
  return <RequireTables>{() => <BilanForm />}</RequireTables>;
}

function BilanForm() {
  const { port, lang, text, saved, held, saving, now } = usePane();
  const styles = useStyles();
  const [reference, setReference] = useState("");
  const [since, setSince] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BilanResult>();
  const [notice, setNotice] = useState<NoticeValue>();
  const refDate = parseDate(reference.trim());
  const sinceDate = parseDate(since.trim());
  const invalid = { severity: "error" as const, key: "invalid-date" as const };

  const make = async () => {
    if (!refDate.ok || !sinceDate.ok) return;
    setBusy(true);
    setNotice(undefined);
    try {
      // Loaded on demand: the bilan's figures and layout stay out of the initial bundle.
      const { makeBilan } = await import("../../features/make-bilan");
      saving();
      const made = await makeBilan(port, {
        from: held(),
        referenceDate: refDate.value,
        since: sinceDate.value,
        lang,
        now: now(),
      }).catch(async (e: unknown) => {
        await saved(undefined);
        throw e;
      });
      setResult(made);
      setNotice({ intent: "success", text: text.bilan.done(made.sheet) });
      await saved(made.snapshot);
    } catch (error) {
      setNotice({ intent: "error", text: errorText(error, text) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.column}>
      <TextField
        label={text.bilan.referenceDate}
        hint={text.bilan.referenceHint}
        value={reference}
        onChange={setReference}
        issue={refDate.ok ? undefined : invalid}
      />
      <TextField
        label={text.bilan.since}
        hint={text.bilan.sinceHint}
        value={since}
        onChange={setSince}
        issue={sinceDate.ok ? undefined : invalid}
      />
      <Button
        appearance="primary"
        disabled={busy || !refDate.ok || !sinceDate.ok}
        onClick={() => void make()}
      >
        {text.bilan.make}
      </Button>
      {busy ? <Spinner size="small" label={text.bilan.working} /> : null}
      <Notice notice={notice} />
      {result ? (
        <>
          <Button onClick={() => void port.select(sheetStart(result.sheet)).catch(() => undefined)}>
            {text.bilan.goTo(result.sheet)}
          </Button>
          <CopyText label={text.bilan.statutaire} value={result.text} />
          <BilanPreview figures={result.figures} />
        </>
      ) : null}
    </div>
  );
}
