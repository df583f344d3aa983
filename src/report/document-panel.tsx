/**
 * Any report document with « Imprimer »: the meeting sheet and the end-of-plan report in the
 * pane's « Aperçu ». Loaded on demand with the report kit, as BilanReportPanel is.
 */
import { useRef } from "react";
import type { ReportDocument } from "./document";
import { printReport } from "./print";
import { ReportView } from "./report-view";

export function DocumentPanel({ doc, printLabel }: { doc: ReportDocument; printLabel: string }) {
  const root = useRef<HTMLDivElement>(null);
  const toolbar = (
    <div className="rk-toolbar">
      <button
        type="button"
        className="rk-button rk-primary"
        onClick={() => root.current && printReport(doc, root.current)}
      >
        {printLabel}
      </button>
    </div>
  );
  return (
    <div ref={root} className="rk-panel">
      <ReportView doc={doc} toolbar={toolbar} />
    </div>
  );
}
