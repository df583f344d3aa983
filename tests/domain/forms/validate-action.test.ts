import {
  emptyActionInput,
  firstErrorField,
  hasErrors,
  type ActionInput,
} from "../../../src/domain/forms/inputs";
import { ACTION_FIELDS, validateAction } from "../../../src/domain/forms/validate-action";
import { readWorkbook } from "../../../src/domain/read";
import { d, sampleSnapshot } from "../../features/fake-port";

const wb = readWorkbook(sampleSnapshot(), { today: d("2026-03-15") });
const input = (over: Partial<ActionInput>): ActionInput => ({
  ...emptyActionInput(),
  no: "2.1",
  action: "Créer un comité",
  porteur: "Direction générale",
  due: "2026-12-31",
  ...over,
});

describe("validateAction", () => {
  test("a complete action has no issue", () => {
    expect(validateAction(input({ area: "loisirs", budget: "1 234,50 $", priority: "2" }), wb)).toEqual({});
  });

  test("No and Action are required; focus goes to No first", () => {
    const errors = validateAction(input({ no: " ", action: "" }), wb);
    expect(errors.no).toEqual({ severity: "error", key: "required" });
    expect(errors.action).toEqual({ severity: "error", key: "required" });
    expect(firstErrorField(errors, ACTION_FIELDS)).toBe("no");
  });

  test("No is unique unless the action being edited keeps its own", () => {
    expect(validateAction(input({ no: "1.1" }), wb).no).toMatchObject({
      severity: "error",
      key: "duplicate-id",
    });
    expect(validateAction(input({ no: "1.1" }), wb, { editingNo: "1.1" }).no).toBeUndefined();
    expect(validateAction(input({ no: "1.2" }), wb, { editingNo: "1.1" }).no?.key).toBe("duplicate-id");
  });

  test("dates parse with the reader's rules, and the due date cannot precede the start", () => {
    expect(validateAction(input({ plannedStart: "31/02/2026" }), wb).plannedStart?.key).toBe("invalid-date");
    expect(validateAction(input({ plannedStart: "15/03/2026", due: "2026-03-14" }), wb).due?.key).toBe(
      "end-before-start",
    );
    expect(validateAction(input({ plannedStart: "15-03-2026", due: "2026-03-15" }), wb).due).toBeUndefined();
  });

  test("budget and hours are numbers >= 0, priority 1 to 3", () => {
    const errors = validateAction(input({ budget: "-5", hours: "abc", priority: "4" }), wb);
    expect(errors.budget?.key).toBe("invalid-number");
    expect(errors.hours?.key).toBe("invalid-number");
    expect(errors.priority?.key).toBe("invalid-priority");
  });

  test("unknown area, empty porteur and no due date are warnings that do not block", () => {
    const errors = validateAction(input({ area: "Astronautique", porteur: "", due: "" }), wb);
    expect(errors.area).toEqual({ severity: "warning", key: "unknown-area" });
    expect(errors.porteur).toEqual({ severity: "warning", key: "missing-owner" });
    expect(errors.due).toEqual({ severity: "warning", key: "missing-due" });
    expect(hasErrors(errors)).toBe(false);
    expect(validateAction(input({ due: "", recurrence: "ongoing" }), wb).due).toBeUndefined();
  });
});
