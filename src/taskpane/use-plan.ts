/** Loads the plan, and reloads it (debounced) whenever the tracking tables change. */
import { useCallback, useEffect, useRef, useState } from "react";
import { today } from "../domain/dates";
import type { Lang } from "../domain/lang";
import { loadPlan, type LoadedPlan } from "../features/load-plan";
import type { WorkbookPort } from "../workbook/port";

export const RELOAD_DELAY_MS = 500;

export interface PlanState {
  plan?: LoadedPlan;
  error?: unknown;
  reload(): Promise<void>;
}

export function usePlan(port: WorkbookPort, lang: Lang, now: () => Date): PlanState {
  const [plan, setPlan] = useState<LoadedPlan>();
  const [error, setError] = useState<unknown>();
  const alive = useRef(true);

  const reload = useCallback(async () => {
    try {
      const loaded = await loadPlan(port, { today: today(now()), lang });
      if (!alive.current) return;
      setPlan(loaded);
      setError(undefined);
    } catch (e) {
      if (alive.current) setError(e);
    }
  }, [port, lang, now]);

  useEffect(() => {
    alive.current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    void reload();
    port
      .onChange(() => {
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
  }, [port, reload]);

  return { plan, error, reload };
}
