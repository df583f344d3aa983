/** axe-core scans of the page for the e2e tests. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * Tabster (Fluent's focus manager) puts focusable `aria-hidden` sentinels around arrow-key groups
 * such as tab lists: a known false positive of aria-hidden-focus, by design (microsoft/tabster#288,
 * microsoft/fluentui#27517); Accessibility Insights leaves these nodes out, and so do we, only them.
 */
const isTabsterSentinel = (ruleId: string, html: string) =>
  ruleId === "aria-hidden-focus" && html.includes("data-tabster-dummy");

/** Serious and critical violations, one line each: rule, impact, the first elements at fault (selector and markup). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(" ")} ${n.html.slice(0, 160)}`)
          .join(" | ")}`,
    );
}
