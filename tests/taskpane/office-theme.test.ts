import { officeThemeIsDark } from "../../src/taskpane/office-theme";

const scope = globalThis as { Office?: unknown };
afterEach(() => delete scope.Office);

test("light outside Office", () => {
  expect(officeThemeIsDark()).toBe(false);
});

test("dark when Office's body background is dark, light when it is light", () => {
  scope.Office = { context: { officeTheme: { bodyBackgroundColor: "#262626" } } };
  expect(officeThemeIsDark()).toBe(true);
  scope.Office = { context: { officeTheme: { bodyBackgroundColor: "#FFFFFF" } } };
  expect(officeThemeIsDark()).toBe(false);
});
