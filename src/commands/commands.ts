/// <reference types="office-js" />
/**
 * The ribbon's function file. Plan vivant's only ribbon button (Home tab) opens the task pane with
 * a ShowTaskpane action, so no function command is associated here; the file must still load
 * Office.js and call Office.onReady, or Office reports the add-in as failing to start.
 */

/** Names of the function commands this file associates (none: the button is ShowTaskpane). */
export const functionCommands: readonly string[] = [];

/** Waits for Office to be ready; resolves with the host (`Excel`), or null outside Office. */
export async function startCommands(
  office: Pick<typeof Office, "onReady"> = Office,
): Promise<Office.HostType | null> {
  const info = await office.onReady();
  return info.host ?? null;
}

if (typeof Office !== "undefined") {
  void startCommands();
}
