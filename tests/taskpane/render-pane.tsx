/** Renders the task pane on a fake port, on a fixed day, and waits for the first read. */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel, type UserEvent } from "@testing-library/user-event";
import type { Lang } from "../../src/domain/lang";
import { App, type ViewId } from "../../src/taskpane/app";
import type { WorkbookPort } from "../../src/workbook/port";

// jsdom lacks ResizeObserver, which Fluent's MessageBar uses for reflow.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const scope = globalThis as { ResizeObserver?: unknown };
scope.ResizeObserver ??= NoResizeObserver;

/*
 * jsdom's getComputedStyle walks every CSS rule Griffel inserted (~10 ms a call), and Fluent's
 * popups and user-event call it hundreds of times: the inline style is enough for these tests.
 */
const inlineStyle = (el: Element) => (el as HTMLElement).style;
window.getComputedStyle = inlineStyle as typeof window.getComputedStyle;

export const NOW = () => new Date(2026, 2, 15, 9, 30);

export async function renderPane(port: WorkbookPort, options: { lang?: Lang; view?: ViewId } = {}) {
  // No delay between keys, no pointer-events check (it calls jsdom's slow getComputedStyle up the tree).
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const result = render(
    <App port={port} lang={options.lang ?? "fr"} now={NOW} initialView={options.view ?? "start"} />,
  );
  await screen.findByRole("tablist");
  // Wait until the first read is in: no loading spinner left.
  await screen.findByRole("tabpanel");
  await waitForLoad();
  return { user, ...result };
}

export async function waitForLoad() {
  await waitFor(() => expect(screen.queryByText(/Lecture du classeur|Reading the workbook/)).toBeNull());
}

/** A field by its label. */
export const box = (label: RegExp) => screen.getByLabelText(label);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The action picker of the Action and Suivi forms (a combobox) by its label. */
export const picker = (label: RegExp) => screen.getByRole("combobox", { name: label });

/** Picks an action in a picker: its number typed (the list filters), then its option clicked. */
export async function pickAction(user: UserEvent, label: RegExp, no: string): Promise<void> {
  await user.clear(picker(label));
  await user.type(picker(label), no);
  await user.click(await screen.findByRole("option", { name: new RegExp(`^${escape(no)} — `) }));
}
