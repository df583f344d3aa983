/// <reference types="office-js" />
/** The Office entry point: once Office is ready, mount the task pane on Excel's workbook. */
import { langFromLocale } from "../domain/lang";
import { ExcelPort } from "../workbook/excel/excel-port";
import { mountTaskpane } from "./index";

export const CONTAINER_ID = "container";

Office.onReady(() => {
  const root =
    document.getElementById(CONTAINER_ID) ?? document.body.appendChild(document.createElement("div"));
  mountTaskpane(root, new ExcelPort(), langFromLocale(Office.context.displayLanguage), {
    // The next plan opens as a new workbook in Excel (ExcelApi 1.8), which the person saves where they want.
    openWorkbook: Office.context.requirements.isSetSupported("ExcelApi", "1.8")
      ? (bytes) => Excel.createWorkbook(base64Of(bytes))
      : undefined,
  });
});

/** The bytes as base64, in slices (String.fromCharCode takes a bounded number of arguments). */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
