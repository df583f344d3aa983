/**
 * Run only by tests/support/tools.test.ts, in a child jest whose PATH has no Chromium: a browser
 * suite as the e2e tests declare it.
 */
import { describeInBrowser } from "../../e2e/support/browser";

describeInBrowser("a browser suite", () => {
  test("would drive Chromium", () => {
    expect(true).toBe(true);
  });
});
