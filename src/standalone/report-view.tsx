/**
 * The page's report view: the bilan of the open workbook as a document (title block, key figures,
 * point statutaire, the Bilan sheet's charts as SVG, the lists), read again after each write. It
 * writes nothing: « Produire le bilan » in the pane writes the Bilan sheet. The report kit is
 * loaded the first time the view opens.
 */
import { Spinner, Text } from "@fluentui/react-components";
import { useEffect, useState, type ComponentType } from "react";
import type { BilanFigures } from "../domain/bilan/types";
import type { Lang } from "../domain/lang";
import { reportText } from "../i18n/report";
import type { WorkbookPort } from "../workbook/port";

type Panel = ComponentType<{ figures: BilanFigures }>;

interface Props {
  port: WorkbookPort;
  lang: Lang;
  now(): Date;
}

export function ReportView({ port, lang, now }: Props) {
  const [figures, setFigures] = useState<BilanFigures>();
  const [Panel, setPanel] = useState<Panel>();
  const [failed, setFailed] = useState<string>();

  useEffect(() => {
    let alive = true;
    let off: (() => void) | undefined;
    const load = async () => {
      const [{ bilanOfSnapshot }, { BilanReportPanel }] = await Promise.all([
        import("../features/make-bilan"),
        import("../report/bilan-report-panel"),
      ]);
      const made = bilanOfSnapshot(await port.read(), { lang, now: now() });
      if (!alive) return;
      setPanel(() => BilanReportPanel);
      setFigures(made.figures);
    };
    const run = () =>
      load().then(
        () => alive && setFailed(undefined),
        (error: unknown) => alive && setFailed(error instanceof Error ? error.message : String(error)),
      );
    void run();
    void port.onChange(() => void run()).then((unsubscribe) => (alive ? (off = unsubscribe) : unsubscribe()));
    return () => {
      alive = false;
      off?.();
    };
  }, [port, lang, now]);

  if (failed) return <Text role="alert">{reportText[lang].failed(failed)}</Text>;
  if (!figures || !Panel) return <Spinner size="small" label={reportText[lang].loading} />;
  return <Panel figures={figures} />;
}
