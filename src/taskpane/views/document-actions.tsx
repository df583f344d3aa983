/**
 * « Imprimer » and « Aperçu » for a report document of the pane (the meeting sheet, the
 * end-of-plan report): the document and the report kit load on the first click, outside the
 * pane's initial script, as the Bilan tab's « Aperçu » does.
 */
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ComponentType } from "react";
import type { ReportDocument } from "../../report/document";

type Panel = ComponentType<{ doc: ReportDocument; printLabel: string }>;

export interface DocumentWords {
  print: string;
  preview: string;
  close: string;
  loading: string;
  failed: (cause: string) => string;
}

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function DocumentActions({
  make,
  words,
}: {
  /** Builds the document (its module loaded on demand). */
  make: () => Promise<ReportDocument>;
  words: DocumentWords;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<{ Panel: Panel; doc: ReportDocument }>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();
  const fail = (error: unknown) =>
    setFailed(words.failed(error instanceof Error ? error.message : String(error)));

  const print = async () => {
    setBusy(true);
    setFailed(undefined);
    try {
      const [doc, { printDocument }] = await Promise.all([make(), import("../../report/print-document")]);
      printDocument(doc, document);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const toggle = async () => {
    if (open) return setOpen(false);
    setOpen(true);
    setFailed(undefined);
    try {
      const [doc, { DocumentPanel }] = await Promise.all([make(), import("../../report/document-panel")]);
      setShown({ Panel: DocumentPanel, doc });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      <div className={styles.row}>
        <Button onClick={() => void print()} disabled={busy}>
          {words.print}
        </Button>
        <Button aria-expanded={open} onClick={() => void toggle()}>
          {open ? words.close : words.preview}
        </Button>
      </div>
      {failed ? <Text role="alert">{failed}</Text> : null}
      {open && !failed ? (
        shown ? (
          <section aria-label={words.preview}>
            <shown.Panel doc={shown.doc} printLabel={words.print} />
          </section>
        ) : (
          <Spinner size="small" label={words.loading} />
        )
      ) : null}
    </>
  );
}
