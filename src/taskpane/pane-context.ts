/** What every view of the task pane shares: the port, the language, its strings and the loaded plan. */
import { createContext, useContext } from "react";
import type { Lang } from "../domain/lang";
import type { LoadedPlan } from "../features/load-plan";
import type { FormsMessages } from "../i18n/forms";
import type { TaskpaneStrings } from "../i18n/taskpane";
import type { WorkbookSnapshot } from "../domain/raw";
import type { WorkbookPort } from "../workbook/port";
import type { ViewId } from "./app";

/** What a view opened from another one starts from. */
export interface Prefill {
  /** The No of the action picked. */
  action: string;
}

export interface PaneContextValue {
  port: WorkbookPort;
  lang: Lang;
  text: TaskpaneStrings;
  forms: FormsMessages;
  /** The plan as last read; undefined while the first read runs. */
  plan?: LoadedPlan;
  /** Reads the workbook again (after a write). */
  reload(): Promise<void>;
  /**
   * After a save: the pane shows the snapshot the write left (no read), or reads once when the
   * save could not tell it. Change events of that write are not taken for someone else's edit.
   */
  saved(snapshot: WorkbookSnapshot | undefined): Promise<void>;
  /** The snapshot a save decides on: the one held, unless someone else changed the workbook since. */
  held(): WorkbookSnapshot | undefined;
  /** Marks a save of the pane's as in flight: its own change events are then ignored. */
  saving(): void;
  /** After a write that created tables: reads once and watches the new tables too. */
  created?(): void;
  /** The clock: injected so tests and the standalone page control "today". */
  now(): Date;
  /** Opens another view (e.g. Démarrer -> Adopter un plan; Aujourd'hui -> the fiche de suivi of an action). */
  show?(view: ViewId, prefill?: Prefill): void;
  /** What the view just opened starts from (the action Aujourd'hui was clicked on), if anything. */
  prefill?: Prefill;
  /** Hands a new workbook to the person (Excel opens it; the page downloads it); absent where the host cannot. */
  openWorkbook?(bytes: Uint8Array, fileName: string): Promise<void>;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane outside the task pane");
  return value;
}
