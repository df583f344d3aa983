/**
 * The workbook as a read-only preview: one tab per sheet, a grid with its header row frozen, late
 * and blocked rows coloured as in Excel, and the cells the last operation changed outlined. It reads
 * the workbook again after each write (the port's onChange) and turns to the sheet that changed.
 */
import { Tab, TabList, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { BLOCKED_COLOR, BLOCKED_FILL, LATE_COLOR, LATE_FILL } from "../domain/bilan/computed-columns";
import { today } from "../domain/dates";
import type { Lang } from "../domain/lang";
import type { WorkbookSnapshot } from "../domain/raw";
import { columnLetters } from "../domain/text";
import { flagsText } from "../i18n/flags";
import { standaloneText } from "../i18n/standalone";
import type { WorkbookPort } from "../workbook/port";
import { rowMarks, sheetGrid, type SheetGrid } from "./sheet-grid";

const LETTERS_HEIGHT = "24px";
const CHANGED_FILL = "#DEECF9";

/** In forced colors: the window's colours, framed in the highlight colour (Windows high contrast). */
const FORCED_FRAME = {
  forcedColorAdjust: "none",
  backgroundColor: "Canvas",
  color: "CanvasText",
  boxShadow: "inset 0 0 0 2px Highlight",
} as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    height: "100%",
    gap: tokens.spacingVerticalS,
  },
  legend: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  chip: { padding: `0 ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusSmall },
  scroller: {
    flex: 1,
    minHeight: 0,
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200 },
  letter: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: LETTERS_HEIGHT,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: "normal",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  rowNumber: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    minWidth: "36px",
    textAlign: "right",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: "normal",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    maxWidth: "260px",
    padding: `2px ${tokens.spacingHorizontalS}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  numeric: { textAlign: "right" },
  // A merged block shows its whole text, wrapped, as Excel does (a title, the point statutaire).
  merged: { maxWidth: "none", whiteSpace: "pre-wrap", verticalAlign: "top", overflow: "visible" },
  header: {
    position: "sticky",
    top: LETTERS_HEIGHT,
    zIndex: 1,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: "#1F4E79",
    color: "#FFFFFF",
  },
  // Excel's own alert fills, with their text colour, in every theme; in forced colors (Windows
  // high contrast) the system's highlight pairs instead, so the rows still stand out.
  late: {
    backgroundColor: `#${LATE_FILL}`,
    color: `#${LATE_COLOR}`,
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      backgroundColor: "Mark",
      color: "MarkText",
    },
  },
  blocked: {
    backgroundColor: `#${BLOCKED_FILL}`,
    color: `#${BLOCKED_COLOR}`,
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      backgroundColor: "Highlight",
      color: "HighlightText",
    },
  },
  // Forced colors drop box shadows: there, a cell or chip marked keeps the system's window colours
  // and draws its frame in the system's highlight colour.
  changed: {
    boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}`,
    "@media (forced-colors: active)": FORCED_FRAME,
  },
  // A light fill: its text stays dark in the dark theme too.
  changedChip: {
    backgroundColor: CHANGED_FILL,
    color: "#242424",
    boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}`,
    "@media (forced-colors: active)": FORCED_FRAME,
  },
  selected: {
    boxShadow: `inset 0 0 0 2px ${tokens.colorPaletteGreenBorderActive}`,
    "@media (forced-colors: active)": FORCED_FRAME,
  },
});

interface Props {
  port: WorkbookPort;
  lang: Lang;
  now(): Date;
  /** A place the task pane asked to show (`Suivis!C7`): its sheet and row. */
  selection?: { sheet: string; row: number };
}

interface Snapshots {
  current?: WorkbookSnapshot;
  previous?: WorkbookSnapshot;
}

/** The sheet to show after a write: a new sheet (the Bilan) first, else the first sheet changed. */
function sheetToShow(
  grids: SheetGrid[],
  previous: WorkbookSnapshot,
  shown: string | undefined,
): string | undefined {
  const changed = grids.filter((g) => g.changed).map((g) => g.sheet);
  const added = changed.find((s) => !previous.sheetNames.includes(s));
  if (added) return added;
  return shown && changed.includes(shown) ? shown : changed[0];
}

/** The plan's own sheet first (where the actions are), else the first sheet. */
function firstSheet(snapshot: WorkbookSnapshot): string {
  return snapshot.tables.find((t) => t.name === "Actions")?.sheet ?? snapshot.sheetNames[0];
}

/** Rows of a grid drawn before the others (see SheetView). */
const FIRST_ROWS = 60;

/** Runs `fn` once the browser has painted the current frame. */
function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== "function") {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(fn, 0));
}

export function SheetView({ port, lang, now, selection }: Props) {
  const styles = useStyles();
  const t = standaloneText[lang];
  const [snapshots, setSnapshots] = useState<Snapshots>({});
  const [sheet, setSheet] = useState<string>();
  const scroller = useRef<HTMLDivElement>(null);
  const { current, previous } = snapshots;

  useEffect(() => {
    let alive = true;
    let off: (() => void) | undefined;
    // The grid is drawn after the next paint: the task pane's summary, read from the same
    // snapshot, shows first instead of waiting for the sheet's layout and row marks.
    const load = (afterWrite: boolean) =>
      port
        .read()
        .then((snap) =>
          afterPaint(
            () =>
              alive && setSnapshots((s) => ({ current: snap, previous: afterWrite ? s.current : undefined })),
          ),
        )
        .catch(() => undefined);
    void load(false);
    void port
      .onChange(() => void load(true))
      .then((unsubscribe) => (alive ? (off = unsubscribe) : unsubscribe()));
    return () => {
      alive = false;
      off?.();
    };
  }, [port]);

  const marks = useMemo(() => (current ? rowMarks(current, today(now())) : new Map()), [current, now]);
  // After a write every sheet is compared (the page turns to what changed); otherwise only the
  // sheet shown is drawn, so that a large workbook opens without laying out every sheet.
  // The grids then depend on the sheet shown only when there was no write: were they laid out
  // again at each tab chosen after a write, the turn to what changed (below) would run again and
  // send the page back to the written sheet, away from the tab or the place the pane asked for.
  const drawnSheet = previous
    ? undefined
    : sheet && current?.sheetNames.includes(sheet)
      ? sheet
      : current && firstSheet(current);
  const grids = useMemo(
    () =>
      current
        ? (drawnSheet === undefined ? current.sheetNames : [drawnSheet]).map((s) =>
            sheetGrid(current, s, { lang, marks, previous }),
          )
        : [],
    [current, previous, lang, marks, drawnSheet],
  );

  // After a write or when the pane shows a place, the grid scrolls to it once; browsing tabs does not.
  // Once per snapshot read: the grids are laid out again when another sheet is shown, which
  // must neither turn the page nor drop a scroll the pane asked for.
  const scrollPending = useRef(false);
  const turned = useRef<WorkbookSnapshot>();
  useEffect(() => {
    if (!current || turned.current === current) return;
    turned.current = current;
    scrollPending.current = previous !== undefined;
    setSheet((shown) => {
      const next = previous ? sheetToShow(grids, previous, shown) : undefined;
      if (next) return next;
      return shown && current.sheetNames.includes(shown) ? shown : firstSheet(current);
    });
  }, [current, previous, grids]);

  // Only when the pane asks: a later write turns to what it changed.
  useEffect(() => {
    if (!selection) return;
    scrollPending.current = true;
    setSheet(selection.sheet);
  }, [selection]);

  const shown = sheet ?? (current ? firstSheet(current) : undefined);
  const grid = grids.find((g) => g.sheet === shown);
  // A new grid is drawn in two steps: its first rows at once, every row after the next paint, so
  // that a sheet of a thousand rows does not hold up the rest of the page (the pane's summary).
  const [whole, setWhole] = useState<SheetGrid>();
  useEffect(() => {
    let alive = true;
    if (grid) afterPaint(() => alive && setWhole(grid));
    return () => {
      alive = false;
    };
  }, [grid]);
  const rows = grid && whole !== grid ? grid.rows.slice(0, FIRST_ROWS) : (grid?.rows ?? []);
  useEffect(() => {
    // The place to show may lie beyond the first rows: it is looked for once every row is drawn.
    if (!scrollPending.current || (grid && whole !== grid)) return;
    const target = scroller.current?.querySelector("[data-selected], [data-changed]");
    if (!target) return;
    scrollPending.current = false;
    target.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [grid, whole, selection]);

  if (!current) return null;
  const tabIndex = Math.max(0, current.sheetNames.indexOf(shown ?? ""));
  return (
    <div className={styles.root}>
      <TabList
        selectedValue={shown}
        onTabSelect={(_, data) => setSheet(String(data.value))}
        aria-label={t.sheetsLabel}
        size="small"
      >
        {current.sheetNames.map((name, i) => (
          <Tab key={name} id={`sheet-tab-${i}`} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.legend}>
        <Text size={200}>{t.legend}</Text>
        <Text size={200} className={mergeClasses(styles.chip, styles.late)}>
          {flagsText[lang].late}
        </Text>
        <Text size={200} className={mergeClasses(styles.chip, styles.blocked)}>
          {flagsText[lang].blocked}
        </Text>
        <Text size={200} className={mergeClasses(styles.chip, styles.changedChip)}>
          {t.legendChanged}
        </Text>
      </div>
      {grid && grid.rows.length > 0 ? (
        <div
          key={grid.sheet}
          ref={scroller}
          className={styles.scroller}
          role="tabpanel"
          aria-labelledby={`sheet-tab-${tabIndex}`}
          tabIndex={0}
        >
          <table className={styles.table} aria-label={t.gridLabel(grid.sheet)}>
            <thead>
              <tr>
                <td className={styles.letter} />
                {Array.from({ length: grid.cols }, (_, i) => (
                  <th key={i} scope="col" className={styles.letter}>
                    {columnLetters(i + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.hidden > 0 ? (
                <tr>
                  <td className={styles.rowNumber} />
                  <td className={styles.cell} colSpan={grid.cols}>
                    {t.rowsHidden(String(grid.hidden))}
                  </td>
                </tr>
              ) : null}
              {rows.map((r) => {
                const picked = selection?.sheet === grid.sheet && selection.row === r.row;
                return (
                  <tr key={r.row} data-mark={r.mark} data-row={r.row} data-selected={picked || undefined}>
                    <th scope="row" className={mergeClasses(styles.rowNumber, picked && styles.selected)}>
                      {r.row}
                    </th>
                    {r.cells.map((c, i) =>
                      c.covered ? null : (
                        <td
                          key={i}
                          colSpan={c.span && c.span.cols > 1 ? c.span.cols : undefined}
                          rowSpan={c.span && c.span.rows > 1 ? c.span.rows : undefined}
                          data-merged={c.span ? true : undefined}
                          title={c.text.length > 30 && !c.span ? c.text : undefined}
                          data-changed={c.changed || undefined}
                          className={mergeClasses(
                            styles.cell,
                            c.numeric && styles.numeric,
                            r.header && styles.header,
                            !r.header && r.mark === "late" && styles.late,
                            !r.header && r.mark === "blocked" && styles.blocked,
                            c.changed && styles.changed,
                            c.span && styles.merged,
                          )}
                        >
                          {c.text}
                        </td>
                      ),
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <Text role="tabpanel" aria-labelledby={`sheet-tab-${tabIndex}`}>
          {t.emptySheet}
        </Text>
      )}
    </div>
  );
}
