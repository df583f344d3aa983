/** The task pane: a header, the tabs of the views, and the view picked. */
import {
  Button,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useMemo, useState } from "react";
import type { Lang } from "../domain/lang";
import { formsText } from "../i18n/forms";
import { taskpaneText } from "../i18n/taskpane";
import { todayText } from "../i18n/today";
import { hasTrackingTables } from "../features/load-plan";
import type { WorkbookPort } from "../workbook/port";
import { PlanNotices } from "./components/plan-notices";
import type { PaneTheme } from "./office-theme";
import { PaneContext, type PaneContextValue, type Prefill } from "./pane-context";
import { FLUENT_THEMES, usePaneTheme } from "./use-pane-theme";
import { usePlan } from "./use-plan";
import { CheckView } from "./views/check-view";
import { StartView } from "./views/start-view";

// The forms and the bilan load when their tab is first opened: a lighter first paint.
const ActionView = lazy(() => import("./views/action-view").then((m) => ({ default: m.ActionView })));
const SuiviView = lazy(() => import("./views/suivi-view").then((m) => ({ default: m.SuiviView })));
const BilanView = lazy(() => import("./views/bilan-view").then((m) => ({ default: m.BilanView })));
const AdoptView = lazy(() => import("./views/adopt-view").then((m) => ({ default: m.AdoptView })));
const RelancesView = lazy(() => import("./views/relances-view").then((m) => ({ default: m.RelancesView })));
const MeetingView = lazy(() => import("./views/meeting-view").then((m) => ({ default: m.MeetingView })));
const HelpView = lazy(() => import("./views/help-view").then((m) => ({ default: m.HelpView })));
const EndOfPlanView = lazy(() =>
  import("./views/end-of-plan-view").then((m) => ({ default: m.EndOfPlanView })),
);

export type ViewId =
  | "start"
  | "action"
  | "suivi"
  | "check"
  | "bilan"
  | "relances"
  | "rencontre"
  | "finDePlan"
  | "adopt"
  | "aide";
const VIEWS: Record<ViewId, React.ComponentType> = {
  start: StartView,
  action: ActionView,
  suivi: SuiviView,
  check: CheckView,
  bilan: BilanView,
  relances: RelancesView,
  rencontre: MeetingView,
  finDePlan: EndOfPlanView,
  adopt: AdoptView,
  aide: HelpView,
};
/** Views with a tab; Adopter un plan opens from Démarrer, Aide from the header's button. */
const VIEW_IDS = (Object.keys(VIEWS) as ViewId[]).filter(
  (id): id is Exclude<ViewId, "adopt" | "aide"> => id !== "adopt" && id !== "aide",
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column" },
  // Alone in Excel's pane, its background fills the pane's height.
  window: { minHeight: "100vh" },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  title: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  // Six tabs do not fit Excel's narrow pane on one line: they wrap rather than hide.
  tabs: { flexWrap: "wrap" },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

export interface AppProps {
  port: WorkbookPort;
  lang: Lang;
  /** The theme; by default the host's (Office's theme, else the browser's), followed live. */
  theme?: PaneTheme;
  now?: () => Date;
  initialView?: ViewId;
  /** How the host hands a new workbook to the person (the next plan). */
  openWorkbook?(bytes: Uint8Array, fileName: string): Promise<void>;
  /**
   * In a page beside other content (the standalone page): as tall as its view, not the window's
   * height (at a narrow width the sheets come under the pane, right after its view).
   */
  embedded?: boolean;
}

const systemNow = () => new Date();

export function App({
  port,
  lang,
  theme: fixedTheme,
  now = systemNow,
  initialView = "start",
  openWorkbook,
  embedded = false,
}: AppProps) {
  const styles = useStyles();
  const theme = usePaneTheme(fixedTheme);
  const [view, setView] = useState<ViewId>(initialView);
  /** What the view opened last starts from, and a count that opens it afresh on each show. */
  const [opened, setOpened] = useState<{ prefill?: Prefill; count: number }>({ count: 0 });
  const { plan, error, reload, saved, held, saving, created } = usePlan(port, lang, now);
  const text = taskpaneText[lang];
  const show = useCallback((next: ViewId, prefill?: Prefill) => {
    setView(next);
    setOpened((o) => ({ prefill, count: o.count + 1 }));
  }, []);
  /** A tab picked: its view as it starts, with nothing carried over from a click elsewhere. */
  const pick = (next: ViewId) => {
    setView(next);
    setOpened((o) => (o.prefill ? { count: o.count } : o));
  };
  const value = useMemo<PaneContextValue>(
    () => ({
      port,
      lang,
      text,
      forms: formsText[lang],
      plan,
      reload,
      saved,
      held,
      saving,
      created,
      now,
      show,
      prefill: opened.prefill,
      openWorkbook,
    }),
    [port, lang, text, plan, reload, saved, held, saving, created, now, show, opened.prefill, openWorkbook],
  );
  const View = VIEWS[view];
  // Once the workbook holds a plan, the first tab is « Aujourd'hui »; Démarrer before.
  const tabName = (id: Exclude<ViewId, "adopt" | "aide">) =>
    id === "start" && plan && hasTrackingTables(plan.wb) ? todayText[lang].tab : text.tabs[id];
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} lang={lang === "fr" ? "fr-CA" : "en"}>
      <PaneContext.Provider value={value}>
        <div className={mergeClasses(styles.root, !embedded && styles.window)}>
          <header className={styles.header}>
            <div className={styles.title}>
              <Text as="h1" size={500} weight="semibold">
                {text.productName}
              </Text>
              <Button
                id="tab-aide"
                appearance="subtle"
                size="small"
                aria-current={view === "aide" ? "page" : undefined}
                onClick={() => pick("aide")}
              >
                {text.help}
              </Button>
            </div>
            <TabList
              selectedValue={view === "adopt" ? "start" : view}
              onTabSelect={(_, data) => pick(data.value as ViewId)}
              aria-label={text.tabsLabel}
              size="small"
              className={styles.tabs}
            >
              {VIEW_IDS.map((id) => (
                <Tab key={id} id={`tab-${id}`} value={id}>
                  {tabName(id)}
                </Tab>
              ))}
            </TabList>
          </header>
          <main
            className={styles.main}
            role="tabpanel"
            aria-labelledby={`tab-${view === "adopt" ? "start" : view}`}
          >
            <PlanNotices error={error} />
            <Suspense fallback={<Spinner size="small" label={text.loading} />}>
              {/* Aide stays reachable when the workbook cannot be read: the check says why. */}
              {error !== undefined && !plan && view !== "aide" ? null : <View key={opened.count} />}
            </Suspense>
          </main>
        </div>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
