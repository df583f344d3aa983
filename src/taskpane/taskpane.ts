/// <reference types="office-js" />
/** The Office entry point: once Office is ready, mount the task pane on Excel's workbook. */
import { langFromLocale } from "../domain/lang";
import { ExcelPort } from "../workbook/excel/excel-port";
import { mountTaskpane } from "./index";

export const CONTAINER_ID = "container";

Office.onReady(() => {
  const root =
    document.getElementById(CONTAINER_ID) ?? document.body.appendChild(document.createElement("div"));
  mountTaskpane(root, new ExcelPort(), langFromLocale(Office.context.displayLanguage));
});
