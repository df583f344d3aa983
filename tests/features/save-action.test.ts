import { emptyActionInput, type ActionInput } from "../../src/domain/forms/inputs";
import { saveAction } from "../../src/features/save-action";
import { WorkbookError } from "../../src/workbook/port";
import { ACTION_HEADERS, FakePort, d, emptySnapshot, sampleSnapshot, trackingSnapshot } from "./fake-port";

const today = d("2026-03-15");
const input = (over: Partial<ActionInput> = {}): ActionInput => ({
  ...emptyActionInput(),
  no: "2.1",
  action: "Créer un comité des aînés",
  porteur: "Loisirs",
  due: "2026-12-31",
  budget: "500",
  ...over,
});

test("a new action is appended in the table's own column order, in one write", async () => {
  const headers = ["Action", "Notes internes", "No", "Porteur", "Échéance", "Budget prévu ($)"];
  const port = new FakePort(trackingSnapshot([], [], { actionHeaders: headers }));
  const result = await saveAction(port, input(), { today });
  expect(result).toMatchObject({ ok: true, no: "2.1", mode: "added" });
  expect(port.reads).toBe(1);
  expect(port.batches).toEqual([
    {
      append: [
        {
          table: "Actions",
          rows: [["Créer un comité des aînés", null, "2.1", "Loisirs", d("2026-12-31"), 500]],
          formats: [undefined, undefined, undefined, undefined, "date", "money"],
        },
      ],
    },
  ]);
});

test("invalid input returns field errors and writes nothing", async () => {
  const port = new FakePort(sampleSnapshot());
  const result = await saveAction(port, input({ no: "1.1", budget: "-3" }), { today });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.errors.no?.key).toBe("duplicate-id");
    expect(result.errors.budget?.key).toBe("invalid-number");
  }
  expect(port.batches).toHaveLength(0);
});

test("an edited action is written in place on its row, without extra or computed columns", async () => {
  const headers = [...ACTION_HEADERS, "Commentaire"];
  const port = new FakePort(
    trackingSnapshot([{ No: "1.1", Action: "Ancien texte", Porteur: "Loisirs", Commentaire: "garder" }], [], {
      actionHeaders: headers,
    }),
  );
  const result = await saveAction(port, input({ no: "1.1", action: "Nouveau texte" }), {
    today,
    editingNo: "1.1",
  });
  expect(result).toMatchObject({ ok: true, mode: "updated" });
  const cells = port.batches[0].cells!;
  expect(port.batches[0].append).toBeUndefined();
  expect(cells.every((c) => c.row === 2)).toBe(true);
  expect(cells.map((c) => c.col).sort((a, b) => a - b)).toEqual([...Array(17)].map((_, i) => i + 1));
  expect(cells.find((c) => c.col === 4)?.value).toBe("Nouveau texte");
});

test("a missing Actions table is a WorkbookError", async () => {
  const saving = saveAction(new FakePort(emptySnapshot()), input(), { today });
  await expect(saving).rejects.toBeInstanceOf(WorkbookError);
  await expect(saving).rejects.toMatchObject({ code: "missing-table" });
});
