/**
 * Loads the plan, keeps it up to date after the pane's own saves without reading again (the
 * save tells the snapshot it left), and reads it again (debounced, once) when someone else
 * changes the tracking tables: a co-author, or the person typing in the sheet.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { today } from "../domain/dates";
import type { Lang } from "../domain/lang";
import type { WorkbookSnapshot } from "../domain/raw";
import { loadPlan, planOf, type LoadedPlan } from "../features/load-plan";
import type { WorkbookPort } from "../workbook/port";

export const RELOAD_DELAY_MS = 500;
/**
 * How long after a save of the pane's the change events Excel raises for it are still taken
 * as its echo (Excel raises them for an add-in's own writes, shortly after the batch).
 */
export const OWN_ECHO_MS = 1500;

export interface PlanState {
  plan?: LoadedPlan;
  error?: unknown;
  reload(): Promise<void>;
  saved(snapshot: WorkbookSnapshot | undefined): Promise<void>;
  held(): WorkbookSnapshot | undefined;
  saving(): void;
  /** After a write that created tables: reads once and watches the new tables too. */
  created(): void;
}

export function usePlan(port: WorkbookPort, lang: Lang, now: () => Date): PlanState {
  const [plan, setPlan] = useState<LoadedPlan>();
  const [error, setError] = useState<unknown>();
  const alive = useRef(true);
  const current = useRef<LoadedPlan>();
  /** Someone else changed the workbook since the plan was read: the next save reads first. */
  const stale = useRef(false);
  /** Saves of the pane's in flight, and when the last one ended. */
  const inFlight = useRef(0);
  const lastSave = useRef(-Infinity);
  /** Bumped after a write that created tables: subscribes again (and reads), so they are watched. */
  const [watch, setWatch] = useState(0);
  const created = useCallback(() => setWatch((n) => n + 1), []);

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
      lastSave.current = Date.now();
      if (!snapshot || stale.current) return reload();
      if (alive.current) show(planOf(snapshot, { today: today(now()), lang }));
    },
    [reload, show, now, lang],
  );

  const held = useCallback(() => (stale.current ? undefined : current.current?.snapshot), []);

  useEffect(() => {
    alive.current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    void reload();
    port
      .onChange(() => {
        // The echo of the pane's own write: nothing to read, the pane already shows it.
        if (inFlight.current > 0 || Date.now() - lastSave.current < OWN_ECHO_MS) return;
        stale.current = true;
        clearTimeout(timer);
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
  }, [port, reload, watch]);

  return { plan, error, reload, saved, held, saving, created };
}
