/** An in-memory workbook port: serves a snapshot, records every batch, applies appends and creates. */
import { planSnapshot } from "../../src/domain/demo/snapshot";
import { dayFromIso } from "../../src/domain/dates";
import type { RawCell, RawTable, WorkbookSnapshot } from "../../src/domain/raw";
import { ACTIONS, SUIVIS } from "../../src/domain/schema";
import type { WorkbookPort, WriteBatch, WriteResult } from "../../src/workbook/port";

export const d = (iso: string): number => dayFromIso(iso) as number;

export class FakePort implements WorkbookPort {
  batches: WriteBatch[] = [];
  selected: string[] = [];
  reads = 0;
  listeners: (() => void)[] = [];
  /** When set, the next writes throw it. */
  failWith?: Error;

  constructor(public snapshot: WorkbookSnapshot) {}

  async read(): Promise<WorkbookSnapshot> {
    this.reads += 1;
    return JSON.parse(JSON.stringify(this.snapshot)) as WorkbookSnapshot;
  }

  async write(batch: WriteBatch): Promise<WriteResult> {
    if (this.failWith) throw this.failWith;
    this.batches.push(batch);
    if (batch.create) {
      const created = planSnapshot(batch.create);
      const known = new Set(this.snapshot.tables.map((t) => t.name));
      this.snapshot.tables.push(...created.tables.filter((t) => !known.has(t.name)));
      this.snapshot.sheetNames = [...new Set([...this.snapshot.sheetNames, ...created.sheetNames])];
      this.snapshot.definedNames = { ...created.definedNames, ...this.snapshot.definedNames };
    }
    for (const append of batch.append ?? []) {
      this.snapshot.tables
        .find((t) => t.name === append.table)
        ?.values.push(...append.rows.map((r) => [...r]));
    }
    return batch.ownedSheet ? { ownedSheet: batch.ownedSheet.name } : {};
  }

  async select(reference: string): Promise<void> {
    this.selected.push(reference);
  }

  async onChange(listener: () => void): Promise<() => void> {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  emitChange(): void {
    for (const listener of this.listeners) listener();
  }
}

/** A table with the given headers (by schema key, FR) and rows given as key -> value. */
export function tableOf(
  name: string,
  sheet: string,
  headers: string[],
  rows: Record<string, RawCell>[],
  at: { row?: number; col?: number } = {},
): RawTable {
  return {
    name,
    sheet,
    row: at.row ?? 1,
    col: at.col ?? 1,
    values: [headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))],
  };
}

export const ACTION_HEADERS = ACTIONS.columns.map((c) => c.fr);
export const SUIVI_HEADERS = SUIVIS.columns.map((c) => c.fr);

/** A tracking workbook with every column of the contract, rows given by French header. */
export function trackingSnapshot(
  actions: Record<string, RawCell>[] = [],
  suivis: Record<string, RawCell>[] = [],
  options: { actionHeaders?: string[]; suiviHeaders?: string[] } = {},
): WorkbookSnapshot {
  return {
    tables: [
      tableOf("Actions", "Plan d'action", options.actionHeaders ?? ACTION_HEADERS, actions),
      tableOf("Suivis", "Suivis", options.suiviHeaders ?? SUIVI_HEADERS, suivis),
    ],
    sheets: [],
    sheetNames: ["Plan d'action", "Suivis"],
    definedNames: {},
  };
}

export const emptySnapshot = (): WorkbookSnapshot => ({
  tables: [],
  sheets: [],
  sheetNames: ["Feuil1"],
  definedNames: {},
});

/** Two actions, one of them late and blocked. */
export function sampleSnapshot(): WorkbookSnapshot {
  return trackingSnapshot(
    [
      {
        No: "1.1",
        Action: "Aménager un parc intergénérationnel",
        Porteur: "Loisirs",
        Échéance: d("2025-12-31"),
      },
      {
        No: "1.2",
        Action: "Publier un bottin des services",
        Porteur: "Communications",
        Échéance: d("2027-06-30"),
      },
    ],
    [
      {
        Date: d("2026-02-01"),
        "No action": "1.1",
        Statut: "Bloquée",
        "Avancement (%)": 40,
        Obstacles: "Budget",
      },
    ],
  );
}
