/**
 * @jest-environment jsdom
 *
 * src/taskpane/office-missing.ts: the shell says office.js did not load (formerly an inline
 * script, which the task pane's Content-Security-Policy forbids), and keeps quiet when it did.
 */
import { OFFICE_MISSING_TEXT, showOfficeMissing } from "../../src/taskpane/office-missing";

beforeEach(() => {
  document.body.innerHTML = '<main id="container"><p role="status">Chargement…</p></main>';
});

test("without Office, the loading line becomes the message, as an alert", () => {
  expect(showOfficeMissing(document, undefined)).toBe(true);
  const alert = document.querySelector("#container [role=alert]");
  expect(alert?.textContent).toBe(OFFICE_MISSING_TEXT);
  expect(document.querySelector("[role=status]")).toBeNull();
});

test("with Office loaded, the shell is left to the pane", () => {
  expect(showOfficeMissing(document, { onReady: () => undefined })).toBe(false);
  expect(document.querySelector("[role=status]")?.textContent).toBe("Chargement…");
});
