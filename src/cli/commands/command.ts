/** What every command receives: its arguments and where to print. */
import type { Lang } from "../../domain/lang";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The language asked for with --langue; otherwise the workbook's, or French. */
  lang?: Lang;
  /** The clock, for tests. */
  now?: Date;
}

/** Runs with the arguments after the command name; resolves to the exit code. */
export type Command = (args: string[], io: Io) => Promise<number>;
