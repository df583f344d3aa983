/**
 * Once the page is up, fetch every part it loads lazily (the xlsx host, the forms, the bilan), so
 * that it keeps working when the connection drops.
 */
export function preloadForOffline(): void {
  const load = () => {
    const parts = [
      import("./workbook-file"),
      import("../taskpane/views/action-view"),
      import("../taskpane/views/suivi-view"),
      import("../taskpane/views/bilan-view"),
      import("../features/make-bilan"),
      import("../features/start-workbook"),
    ];
    for (const part of parts) part.catch(() => undefined);
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 500);
}
