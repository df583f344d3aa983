/**
 * Loads the plan, keeps it up to date after the pane's own saves without reading again (the
 * save tells the snapshot it left), and reads it again (debounced, once) when someone else
 * changes the tracking tables: a co-author, or the person typing in the sheet. The port
 * passes on only those changes: it recognises the events of its own writes from the events
 * themselves (src/workbook/excel/echoes.ts), so no timing decides what an echo is.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { today } from "../domain/dates";
import type { Lang } from "../domain/lang";
import type { WorkbookSnapshot } from "../domain/raw";
import { loadPlan, planOf, type LoadedPlan } from "../features/load-plan";
import type { WorkbookPort } from "../workbook/port";

export const RELOAD_DELAY_MS = 500;

export interface PlanState {
  plan?: LoadedPlan;
  error?: unknown;
  reload(): Promise<void>;
  saved(snapshot: WorkbookSnapshot | undefined): Promise<void>;
  held(): WorkbookSnapshot | undefined;
  saving(): void;
  /** After a write that created tables: reads once; the read watches the new tables too. */
  created(): void;
}

export function usePlan(port: WorkbookPort, lang: Lang, now: () => Date): PlanState {
  const [plan, setPlan] = useState<LoadedPlan>();
  const [error, setError] = useState<unknown>();
  const alive = useRef(true);
  const current = useRef<LoadedPlan>();
  /** Someone else changed the workbook since the plan was read: the next save reads first. */
  const stale = useRef(false);
  /** Saves of the pane's in flight: someone else's change meanwhile is read once they end. */
  const inFlight = useRef(0);

  const show = useCallback((loaded: LoadedPlan) => {
    current.current = loaded;
    setPlan(loaded);
    setError(undefined);
  }, []);

  const reload = useCallback(async () => {
    stale.current = false;
    try {
      const loaded = await loadPlan(port, { today: today(now()), lang });
      if (alive.current) show(loaded);
    } catch (e) {
      if (alive.current) setError(e);
    }
  }, [port, lang, now, show]);

  const saving = useCallback(() => {
    inFlight.current += 1;
  }, []);

  const saved = useCallback(
    async (snapshot: WorkbookSnapshot | undefined) => {
      inFlight.current = Math.max(0, inFlight.current - 1);
      if (!snapshot || stale.current) return reload();
      if (alive.current) show(planOf(snapshot, { today: today(now()), lang }));
    },
    [reload, show, now, lang],
  );

  const held = useCallback(() => (stale.current ? undefined : current.current?.snapshot), []);

  // Ports watch the tracking tables a read finds (src/workbook/port.ts): a read is enough.
  const created = useCallback(() => void reload(), [reload]);

  useEffect(() => {
    alive.current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    void reload();
    port
      .onChange(() => {
        // Someone else's change: one read, debounced; during a save, once it ends (saved()).
        stale.current = true;
        clearTimeout(timer);
        if (inFlight.current > 0) return;
        timer = setTimeout(() => void reload(), RELOAD_DELAY_MS);
      })
      .then((off) => {
        if (alive.current) unsubscribe = off;
        else off();
      })
      .catch(() => undefined);
    return () => {
      alive.current = false;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [port, reload]);

  return { plan, error, reload, saved, held, saving, created };
}
