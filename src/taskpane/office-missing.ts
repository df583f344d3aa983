/// <reference types="office-js" />
/**
 * The task pane's first module (before src/taskpane/taskpane.ts, in the same bundle): when
 * office.js did not load, the shell says so instead of "Loading…" forever. It was an inline
 * script; the page's Content-Security-Policy allows none.
 */
export const OFFICE_MISSING_TEXT =
  "Office.js n'a pas pu être chargé : vérifiez la connexion, puis rouvrez le volet. / " +
  "Office.js could not be loaded: check the connection, then reopen the pane.";

/** Replaces the shell's content with the message when Office is absent; true when it did. */
export function showOfficeMissing(doc: Document = document, office: unknown = globalThis.Office): boolean {
  const ready =
    typeof office === "object" && office !== null && typeof (office as typeof Office).onReady === "function";
  if (ready) return false;
  const root = doc.getElementById("container") ?? doc.body;
  const p = doc.createElement("p");
  p.className = "pv-shell-message";
  p.setAttribute("role", "alert");
  p.textContent = OFFICE_MISSING_TEXT;
  root.replaceChildren(p);
  return true;
}

if (typeof document !== "undefined") {
  // Deferred scripts run before DOMContentLoaded: the check waits for the whole page, as before.
  document.addEventListener("DOMContentLoaded", () => showOfficeMissing());
}
