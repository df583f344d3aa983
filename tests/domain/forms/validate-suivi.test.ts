import { emptySuiviInput, hasErrors, type SuiviInput } from "../../../src/domain/forms/inputs";
import { needsReason, validateSuivi } from "../../../src/domain/forms/validate-suivi";
import { readWorkbook } from "../../../src/domain/read";
import { d, sampleSnapshot } from "../../features/fake-port";

const wb = readWorkbook(sampleSnapshot(), { today: d("2026-03-15") });
const input = (over: Partial<SuiviInput>): SuiviInput => ({
  ...emptySuiviInput("2026-03-10"),
  action: "1.2",
  status: "in-progress",
  ...over,
});

describe("validateSuivi", () => {
  test("a plain follow-up has no issue", () => {
    expect(validateSuivi(input({ progress: "50 %", spent: "1 200,00 $", hours: "3,5" }), wb)).toEqual({});
  });

  test("date is required, must parse and cannot be after the reference date", () => {
    expect(validateSuivi(input({ date: "" }), wb).date?.key).toBe("required");
    expect(validateSuivi(input({ date: "2026-13-01" }), wb).date?.key).toBe("invalid-date");
    expect(validateSuivi(input({ date: "16/03/2026" }), wb).date?.key).toBe("future-date");
    expect(validateSuivi(input({ date: "15/03/2026" }), wb).date).toBeUndefined();
  });

  test("the action must exist and the status is required", () => {
    const errors = validateSuivi(input({ action: "9.9", status: "" }), wb);
    expect(errors.action).toEqual({ severity: "error", key: "unknown-action", params: { no: "9.9" } });
    expect(errors.status?.key).toBe("required");
    expect(validateSuivi(input({ action: "" }), wb).action?.key).toBe("required");
  });

  test("progress is 0 to 100, amounts are >= 0", () => {
    expect(validateSuivi(input({ progress: "120" }), wb).progress?.key).toBe("invalid-progress");
    expect(validateSuivi(input({ spent: "-1" }), wb).spent?.key).toBe("invalid-number");
    expect(validateSuivi(input({ hours: "deux" }), wb).hours?.key).toBe("invalid-number");
  });

  test.each(["postponed", "blocked", "dropped"] as const)("%s needs a reason in Obstacles", (status) => {
    expect(needsReason(status)).toBe(true);
    expect(validateSuivi(input({ status }), wb).obstacles).toEqual({
      severity: "error",
      key: "reason-required",
    });
    expect(validateSuivi(input({ status, obstacles: "Budget gelé" }), wb).obstacles).toBeUndefined();
  });

  test("done below 100 % is only a warning", () => {
    const errors = validateSuivi(input({ status: "done", progress: "80" }), wb);
    expect(errors.progress).toEqual({ severity: "warning", key: "done-not-complete" });
    expect(hasErrors(errors)).toBe(false);
    expect(validateSuivi(input({ status: "done", progress: "100" }), wb).progress).toBeUndefined();
  });
});
