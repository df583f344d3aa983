/** Mounts the task pane on any host that gives a workbook port: Excel, the standalone page, tests. */
import { createRoot } from "react-dom/client";
import type { Lang } from "../domain/lang";
import type { WorkbookPort } from "../workbook/port";
import { App } from "./app";
import type { PaneTheme } from "./office-theme";

export { App, type AppProps, type ViewId } from "./app";

/** Renders the task pane into `root`; returns a function that unmounts it. */
export function mountTaskpane(
  root: HTMLElement,
  port: WorkbookPort,
  lang: Lang,
  options: {
    theme?: PaneTheme;
    now?: () => Date;
    openWorkbook?(bytes: Uint8Array, fileName: string): Promise<void>;
  } = {},
): () => void {
  const reactRoot = createRoot(root);
  reactRoot.render(
    <App
      port={port}
      lang={lang}
      theme={options.theme}
      now={options.now}
      openWorkbook={options.openWorkbook}
    />,
  );
  return () => reactRoot.unmount();
}
