/**
 * The bilan as a report, with what a reader does with it: « Imprimer / PDF » and « Version
 * publique ». Plain React and the report's CSS: the page's report view and the pane's « Aperçu »
 * both load it on demand (it brings the report kit and its charts).
 */
import { useMemo, useRef, useState } from "react";
import type { BilanFigures } from "../domain/bilan/types";
import { reportText } from "../i18n/report";
import { bilanReport } from "./bilan-document";
import { printReport } from "./print";
import { ReportView } from "./report-view";

export function BilanReportPanel({ figures }: { figures: BilanFigures }) {
  const t = reportText[figures.lang];
  const [publicVersion, setPublicVersion] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const doc = useMemo(
    () => bilanReport(figures, { version: publicVersion ? "public" : "internal" }),
    [figures, publicVersion],
  );
  const toolbar = (
    <div className="rk-toolbar">
      <button
        type="button"
        className="rk-button rk-primary"
        onClick={() => root.current && printReport(doc, root.current)}
      >
        {t.print}
      </button>
      <label className="rk-switch" title={t.publicHint}>
        <input type="checkbox" checked={publicVersion} onChange={(e) => setPublicVersion(e.target.checked)} />
        {t.publicVersion}
      </label>
    </div>
  );
  return (
    <div ref={root} className="rk-panel" data-version={publicVersion ? "public" : "internal"}>
      <ReportView doc={doc} toolbar={toolbar} />
    </div>
  );
}
