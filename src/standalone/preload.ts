/**
 * Once the page is up, fetch every part it loads lazily (the xlsx host, the forms, the bilan), so
 * that it keeps working when the connection drops. When every part is in, the page says so on its
 * root element (`data-offline="ready"`): a script, a test or an assistive tool can wait for it
 * instead of guessing from network silence.
 */
export const OFFLINE_READY = "ready";

export function preloadForOffline(root: HTMLElement = document.documentElement): Promise<boolean> {
  const load = () =>
    Promise.allSettled([
      import("./workbook-file"),
      import("../taskpane/views/action-view"),
      import("../taskpane/views/suivi-view"),
      import("../taskpane/views/bilan-view"),
      import("../features/make-bilan"),
      import("../features/start-workbook"),
    ]).then((parts) => {
      const ready = parts.every((part) => part.status === "fulfilled");
      if (ready) root.dataset.offline = OFFLINE_READY;
      return ready;
    });
  return new Promise((resolve) => {
    const start = () => void load().then(resolve);
    if (typeof requestIdleCallback === "function") requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 500);
  });
}
