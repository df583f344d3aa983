/**
 * The standalone page: the task pane (the add-in's own App) on an .xlsx file held in the browser,
 * beside a read-only preview of the workbook. Open a file (picker or drop), or start from the demo
 * or an empty workbook; save downloads the file. Nothing leaves the computer.
 */
import { FluentProvider, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { today } from "../domain/dates";
import type { Lang } from "../domain/lang";
import { fileErrorMessage } from "../i18n/files";
import { reportText } from "../i18n/report";
import { standaloneText } from "../i18n/standalone";
import { Notice, type NoticeValue } from "../taskpane/components/notice";
import { App } from "../taskpane/app";
import { FLUENT_THEMES, usePaneTheme } from "../taskpane/use-pane-theme";
import type { WorkbookError } from "../workbook/port";
import type { XlsxPort } from "../workbook/xlsx/file-port";
import { downloadBytes } from "./download";
import { isWorkbookError, pagePort } from "./page-port";
import { ReportView } from "./report-view";
import { SheetView } from "./sheet-view";
import { FileBar } from "./file-bar";
import { useFileDrop } from "./use-file-drop";
import { Welcome } from "./welcome";
import type { StartKind } from "./workbook-file";

const useStyles = makeStyles({
  root: { height: "100vh", display: "flex", flexDirection: "column", position: "relative" },
  messages: { padding: `0 ${tokens.spacingHorizontalL}` },
  work: {
    flex: 1,
    minHeight: 0,
    display: "flex",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 800px)": { flexDirection: "column", overflow: "auto" },
  },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 800px)": { width: "auto", borderRight: "none", overflowY: "visible" },
  },
  sheets: {
    flex: 1,
    minWidth: 0,
    minHeight: "320px",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
  },
  report: {
    flex: 1,
    minHeight: 0,
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 800px)": { overflowY: "visible" },
  },
  drop: {
    position: "absolute",
    inset: 0,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase500,
    // The theme's own veil (white in light, grey in dark, the window's colour in high contrast).
    backgroundColor: tokens.colorNeutralBackgroundAlpha2,
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    color: tokens.colorBrandForeground1,
    pointerEvents: "none",
  },
});

/** What the page's main area shows: the workbook's sheets, or the bilan as a report. */
type MainView = "sheets" | "report";

interface Doc {
  id: number;
  port: XlsxPort;
  name: string;
}

export interface StandalonePageProps {
  initialLang: Lang;
  /** Start on the demo or an empty workbook (`?demo`), instead of the welcome screen. */
  start?: StartKind;
  now?: () => Date;
}

const systemNow = () => new Date();

/** A new workbook made in the pane (the next plan) is downloaded: the page has one workbook open at a time. */
async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<void> {
  downloadBytes(bytes, fileName);
}

export function StandalonePage({ initialLang, start, now = systemNow }: StandalonePageProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [doc, setDoc] = useState<Doc>();
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<NoticeValue>();
  const [dirty, setDirty] = useState(false);
  const [place, setPlace] = useState<{ sheet: string; row: number }>();
  const [view, setView] = useState<MainView>("sheets");
  const ids = useRef(0);
  const t = standaloneText[lang];
  // The browser's colour scheme and forced colors (Windows high contrast), followed live.
  const theme = usePaneTheme();
  const r = reportText[lang];

  useEffect(() => {
    document.documentElement.lang = lang === "fr" ? "fr-CA" : "en";
    document.title = t.documentTitle;
  }, [lang, t]);

  const messageOf = useCallback(
    (error: unknown, file: string): string => {
      if (isWorkbookError(error)) return fileErrorMessage(error.code, lang, { ...error.params, file });
      if (error instanceof Error && error.name === "UnusableFile") return error.message;
      return t.unexpected(error instanceof Error ? error.message : String(error));
    },
    [lang, t],
  );

  const load = useCallback(
    async (name: string, make: (files: typeof import("./workbook-file")) => Promise<XlsxPort>) => {
      setBusy(t.opening(name));
      setNotice(undefined);
      try {
        const port = await make(await import("./workbook-file"));
        setDoc({ id: ++ids.current, port, name });
        setPlace(undefined);
        setDirty(false);
      } catch (error) {
        setNotice({ intent: "error", title: t.cannotOpenTitle(name), text: messageOf(error, name) });
      } finally {
        setBusy(undefined);
      }
    },
    [t, messageOf],
  );

  const openFile = useCallback(
    (file: File) =>
      load(file.name, async (files) =>
        files.openWorkbookFile(new Uint8Array(await file.arrayBuffer()), file.name, lang, today(now())),
      ),
    [load, lang, now],
  );

  const startNew = useCallback(
    (kind: StartKind) =>
      load(kind === "demo" ? "plan-vivant-demo.xlsx" : "plan-vivant.xlsx", (files) =>
        files.newWorkbook(kind, lang, today(now())),
      ),
    [load, lang, now],
  );

  const started = useRef(false);
  useEffect(() => {
    if (start && !started.current) {
      started.current = true;
      void startNew(start);
    }
  }, [start, startNew]);

  useEffect(() => {
    if (!doc) return;
    let off: (() => void) | undefined;
    let alive = true;
    const changed = () => {
      setDirty(true);
      setPlace(undefined);
    };
    void doc.port.onChange(changed).then((unsubscribe) => (alive ? (off = unsubscribe) : unsubscribe()));
    return () => {
      alive = false;
      off?.();
    };
  }, [doc]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const save = async () => {
    if (!doc) return;
    try {
      const bytes = doc.port.bytes();
      if (!bytes) throw new Error(t.noFile);
      // Read back before handing it out: never a file that does not open.
      await doc.port.read();
      // A macro-enabled workbook is downloaded as .xlsm, or Excel would refuse to open it.
      const saved = await (await import("./workbook-file")).savedFile(bytes, doc.name);
      downloadBytes(bytes, saved.name, saved.type);
      setDirty(false);
      setNotice({ intent: "success", text: t.saved(doc.name) });
    } catch (error) {
      setNotice({ intent: "error", text: t.saveFailed(doc.name, messageOf(error, doc.name)) });
    }
  };

  const port = useMemo(
    () =>
      doc
        ? pagePort(doc.port, {
            show: setPlace,
            refused: (error: WorkbookError) =>
              setNotice({
                intent: "error",
                title: t.refusedTitle,
                text: `${messageOf(error, doc.name)} ${t.refusedKept}`,
              }),
          })
        : undefined,
    [doc, t, messageOf],
  );

  const dragging = useFileDrop((file) => void openFile(file));

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} lang={lang === "fr" ? "fr-CA" : "en"}>
      <div className={styles.root}>
        <FileBar
          lang={lang}
          fileName={doc?.name}
          dirty={dirty}
          busy={busy !== undefined}
          onOpen={(file) => void openFile(file)}
          onStart={(kind) => void startNew(kind)}
          onSave={doc ? () => void save() : undefined}
          onLanguage={() => setLang(lang === "fr" ? "en" : "fr")}
        />
        <div className={styles.messages}>
          {busy ? <Spinner size="small" label={busy} /> : null}
          <Notice notice={notice} />
        </div>
        {doc && port ? (
          <div className={styles.work}>
            <div className={styles.pane}>
              <App
                key={doc.id}
                port={port}
                lang={lang}
                theme={theme}
                now={now}
                openWorkbook={openWorkbook}
                embedded
              />
            </div>
            <section
              className={styles.sheets}
              aria-label={view === "report" ? r.reportRegion : t.sheetRegion}
            >
              <TabList
                size="small"
                selectedValue={view}
                onTabSelect={(_, data) => setView(data.value as MainView)}
                aria-label={r.views}
              >
                <Tab value="sheets">{r.showSheets}</Tab>
                <Tab value="report">{r.showReport}</Tab>
              </TabList>
              {view === "report" ? (
                <div className={styles.report}>
                  <ReportView port={doc.port} lang={lang} now={now} />
                </div>
              ) : (
                <SheetView port={doc.port} lang={lang} now={now} selection={place} />
              )}
            </section>
          </div>
        ) : (
          <Welcome lang={lang} />
        )}
        {dragging ? <div className={styles.drop}>{t.dropHere}</div> : null}
      </div>
    </FluentProvider>
  );
}
