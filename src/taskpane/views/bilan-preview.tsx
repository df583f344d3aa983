/**
 * « Aperçu du bilan » in the pane's Bilan tab: the bilan just made, as the report prints it (key
 * figures, point statutaire, charts, lists), at the pane's width, with « Imprimer / PDF » and
 * « Version publique ». The report kit loads on the first click, outside the pane's initial script.
 */
import { Button, Spinner, Text } from "@fluentui/react-components";
import { useState, type ComponentType } from "react";
import type { BilanFigures } from "../../domain/bilan/types";
import { reportText } from "../../i18n/report";

type Panel = ComponentType<{ figures: BilanFigures }>;

export function BilanPreview({ figures }: { figures: BilanFigures }) {
  const t = reportText[figures.lang];
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<Panel>();
  const [failed, setFailed] = useState<string>();

  const toggle = async () => {
    if (open) return setOpen(false);
    setOpen(true);
    if (Panel) return;
    try {
      const { BilanReportPanel } = await import("../../report/bilan-report-panel");
      setPanel(() => BilanReportPanel);
    } catch (error) {
      setFailed(t.failed(error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <>
      <Button aria-expanded={open} onClick={() => void toggle()}>
        {open ? t.close : t.preview}
      </Button>
      {open ? (
        failed ? (
          <Text role="alert">{failed}</Text>
        ) : Panel ? (
          <section aria-label={t.preview}>
            <Panel figures={figures} />
          </section>
        ) : (
          <Spinner size="small" label={t.loading} />
        )
      ) : (
        <Text size={200}>{t.previewHint}</Text>
      )}
    </>
  );
}
