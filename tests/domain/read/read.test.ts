import { readWorkbook } from "../../../src/domain/read";
import type { Problem } from "../../../src/domain/model";
import { d, grid, snapshot, table } from "../snapshot";

const today = d("2026-06-30");
const codes = (problems: Problem[]) => problems.map((p) => `${p.severity}:${p.code}@${p.cell}`);

const ACTIONS = [
  [
    "1.1",
    "Loisirs",
    "Aménager un parc",
    "Service des loisirs",
    d("2026-01-01"),
    d("2026-12-31"),
    "Ponctuelle",
  ],
  ["1.2", "Sécurité", "Installer des brigadiers", "Sécurité publique", null, d("2026-09-30"), null],
];

describe("readWorkbook: finding tables", () => {
  it("reads real tables by name and places rows by their sheet rows", () => {
    const wb = readWorkbook(
      snapshot({ actions: ACTIONS, suivis: [[d("2026-02-01"), "1.1", "En cours", 40, null]] }),
      { today },
    );
    expect(wb.actions.map((a) => [a.no, a.row, a.sheet])).toEqual([
      ["1.1", 2, "Plan d'action"],
      ["1.2", 3, "Plan d'action"],
    ]);
    expect(wb.suivis[0]).toMatchObject({ action: "1.1", status: "in-progress", progress: 40, row: 2 });
    expect(wb.problems).toEqual([]);
    expect(wb.counts).toEqual({ actions: 2, suivis: 1 });
    expect(wb.lang).toBe("fr");
  });

  it("finds a data set by sheet name and header row when its table is missing, below title rows", () => {
    const suivis = grid(
      "Suivis",
      [
        ["Fiches de suivi 2026", null, null],
        [null, null, null],
        ["date", "NO ACTION", "statut"],
        ["2026-02-01", "1.1", "en cours"],
      ],
      { row: 1, col: 2 },
    );
    const wb = readWorkbook(snapshot({ actions: ACTIONS, sheets: [suivis] }), { today });
    expect(wb.tables.Suivis).toMatchObject({ real: false, headerRow: 3, sheet: "Suivis" });
    expect(wb.suivis[0]).toMatchObject({ row: 4, date: d("2026-02-01"), status: "in-progress" });
    expect(wb.problems).toEqual([]);
  });

  it("finds a renamed table on the expected sheet", () => {
    const wb = readWorkbook(
      snapshot({
        actions: ACTIONS,
        tables: [
          table("Tableau3", "Suivis", [
            ["Date", "No action", "Statut"],
            [d("2026-02-01"), "1.2", "Bloquée"],
          ]),
        ],
      }),
      { today },
    );
    expect(wb.suivis).toHaveLength(1);
    expect(wb.tables.Suivis?.real).toBe(true);
  });

  it("matches headers ignoring case, accents, punctuation and spaces; any order; extra columns kept", () => {
    const actions = table("Actions", "Plan d'action", [
      ["Mes notes", "  ÉCHÉANCE ", "action", "no.", "porteur"],
      ["à revoir", d("2026-05-01"), "Publier un bottin", 7, "Direction générale"],
    ]);
    const wb = readWorkbook(snapshot({ tables: [actions], suivis: [] }), { today });
    expect(wb.actions[0]).toMatchObject({ no: "7", text: "Publier un bottin", due: d("2026-05-01") });
    expect(wb.tables.Actions?.extraHeaders).toEqual(["Mes notes"]);
    expect(wb.tables.Actions?.columns).toMatchObject({ due: 2, action: 3, no: 4, porteur: 5 });
  });

  it("reads English headers and sheet names and says the workbook is in English", () => {
    const wb = readWorkbook(
      {
        tables: [
          table("Actions", "Action plan", [
            ["No.", "Action", "Lead", "Due date", "Recurrence"],
            ["A1", "Build a park", "Parks", "2026-12-01", "One-time"],
          ]),
          table("Suivis", "Follow-ups", [
            ["Date", "Action No.", "Status", "Progress (%)", "Obstacles"],
            ["15/02/2026", "A1", "Blocked", "30 %", "Funding refused"],
          ]),
        ],
        sheets: [],
        sheetNames: ["Action plan", "Follow-ups"],
        definedNames: {},
      },
      { today },
    );
    expect(wb.lang).toBe("en");
    expect(wb.actions[0]).toMatchObject({ no: "A1", due: d("2026-12-01"), recurrence: "one-time" });
    expect(wb.suivis[0]).toMatchObject({ status: "blocked", progress: 30, date: d("2026-02-15") });
    expect(wb.problems).toEqual([]);
  });

  it("skips empty rows, and reads ids typed as numbers as text in both tables", () => {
    const wb = readWorkbook(
      snapshot({
        actions: [
          [3, "Loisirs", "Action trois", "P", null, d("2026-12-01"), null],
          [null, null, "  ", null, null, null, null],
        ],
        suivis: [
          [null, null, null, null, null],
          [d("2026-03-01"), 3, "Réalisée", 100, null],
        ],
      }),
      { today },
    );
    expect(wb.counts).toEqual({ actions: 1, suivis: 1 });
    expect(wb.suivis[0]).toMatchObject({ action: "3", row: 3 });
    expect(wb.problems).toEqual([]);
  });

  it("counts a percent-formatted progress as its percent", () => {
    const suivis = table(
      "Suivis",
      "Suivis",
      [
        ["Date", "No action", "Statut", "Avancement (%)"],
        [d("2026-03-01"), "1.1", "En cours", 0.5],
      ],
      {
        formats: [
          [null, null, null, null],
          ["yyyy-mm-dd", "@", null, "0%"],
        ],
      },
    );
    const wb = readWorkbook(snapshot({ actions: ACTIONS, tables: [suivis] }), { today });
    expect(wb.suivis[0].progress).toBe(50);
  });

  it("uses the language named in the workbook when there is one", () => {
    const wb = readWorkbook(
      snapshot({ actions: ACTIONS, suivis: [], names: { "PlanVivant.Langue": '"en"' } }),
      { today },
    );
    expect(wb.lang).toBe("en");
  });
});

describe("readWorkbook: problems", () => {
  it("locates each error by its cell and keeps rows that can be placed", () => {
    const wb = readWorkbook(
      snapshot({
        actions: [
          ...ACTIONS,
          ["1.1", "Loisirs", "Doublon", "X", null, d("2026-12-01"), null],
          [null, "Loisirs", "Sans numéro", "X", null, d("2026-12-01"), null],
          ["1.4", "Loisirs", null, "X", null, d("2026-12-01"), null],
          ["1.5", "Loisirs", "Dates à l'envers", "X", d("2026-06-01"), d("2026-05-01"), null],
          ["1.6", "Loisirs", "Mauvaise date", "X", "32/01/2026", d("2026-12-01"), null],
        ],
        suivis: [
          ["2026-13-01", "1.1", "En cours", null, null],
          [d("2026-02-01"), "9.9", "En cours", null, null],
          [d("2026-02-01"), "1.1", "Terminé", null, null],
          [d("2026-02-01"), "1.1", "En cours", 120, null],
          [d("2026-02-01"), "1.1", "En cours", "beaucoup", null],
          [d("2026-07-01"), "1.1", "En cours", null, null],
          [null, null, "En cours", 10, null],
        ],
      }),
      { today },
    );
    expect(codes(wb.problems)).toEqual([
      "error:duplicate-id@'Plan d''action'!A4",
      "error:missing-id@'Plan d''action'!A5",
      "error:missing-action-text@'Plan d''action'!C6",
      "error:end-before-start@'Plan d''action'!F7",
      "error:invalid-date@'Plan d''action'!E8",
      "error:invalid-date@Suivis!A2",
      "error:unknown-action@Suivis!B3",
      "error:invalid-status@Suivis!C4",
      "error:invalid-progress@Suivis!D5",
      "error:invalid-number@Suivis!D6",
      "error:future-date@Suivis!A7",
      "error:invalid-date@Suivis!A8",
      "error:unknown-action@Suivis!B8",
    ]);
    expect(wb.problems[0].params).toEqual({ no: "1.1", firstRow: 2 });
    // Placed: 1.1, 1.2, 1.5 (bad due order keeps the row), 1.6 (bad start is one empty cell).
    expect(wb.actions.map((a) => a.no)).toEqual(["1.1", "1.2", "1.5", "1.6"]);
    expect(wb.actions[3].plannedStart).toBeUndefined();
    // Placed follow-ups: the out-of-range and the not-a-number progress rows, progress left empty.
    expect(wb.suivis.map((s) => [s.row, s.progress])).toEqual([
      [5, undefined],
      [6, undefined],
    ]);
    expect(wb.counts).toEqual({ actions: 7, suivis: 7 });
  });

  it("reports error values as problems, not crashes", () => {
    const wb = readWorkbook(
      snapshot({
        actions: [["1.1", "Loisirs", { error: "#REF!" }, { error: "#N/A" }, null, d("2026-12-01"), null]],
        suivis: [[{ error: "#VALUE!" }, "1.1", "En cours", null, null]],
      }),
      { today },
    );
    expect(codes(wb.problems)).toEqual([
      "error:error-value@'Plan d''action'!C2",
      "error:error-value@'Plan d''action'!D2",
      "error:invalid-date@Suivis!A2",
      // An action without usable text cannot be placed, so its follow-up names no known action.
      "error:unknown-action@Suivis!B2",
    ]);
    expect(wb.problems.map((p) => p.value)).toEqual(["#REF!", "#N/A", "#VALUE!", "1.1"]);
  });

  it("warns: no porteur, no due date unless ongoing, unknown area, done not complete, no reason", () => {
    const wb = readWorkbook(
      snapshot({
        actions: [
          ["1", "Loisirs", "Sans porteur", null, null, d("2026-12-01"), null],
          ["2", "Loisirs", "Sans échéance", "P", null, null, "Ponctuelle"],
          ["3", "Loisirs", "En continu", "P", null, null, "En continu"],
          ["4", "Astronomie", "Champ inconnu", "P", null, d("2026-12-01"), null],
        ],
        suivis: [
          [d("2026-02-01"), "1", "Réalisée", 80, null],
          [d("2026-02-01"), "2", "Bloquée", null, null],
          [d("2026-02-01"), "3", "Reportée", null, "Budget reporté à 2027"],
          [d("2026-02-01"), "4", "Abandonnée", null, " "],
        ],
      }),
      { today },
    );
    expect(codes(wb.problems)).toEqual([
      "warning:missing-owner@'Plan d''action'!D2",
      "warning:missing-due@'Plan d''action'!F3",
      "warning:unknown-area@'Plan d''action'!B5",
      "warning:done-not-complete@Suivis!D2",
      "warning:no-reason@Suivis!E3",
      "warning:no-reason@Suivis!E5",
    ]);
    expect(wb.suivis).toHaveLength(4);
  });

  it("uses the workbook's own areas when it has a ListeChamps table", () => {
    const wb = readWorkbook(
      snapshot({
        actions: [["1", "Astronomie", "Observer", "P", null, d("2026-12-01"), null]],
        suivis: [],
        tables: [table("ListeChamps", "Listes", [["Champ d'action"], ["Astronomie"], ["Loisirs"]])],
      }),
      { today },
    );
    expect(wb.areas).toEqual(["Astronomie", "Loisirs"]);
    expect(wb.problems).toEqual([]);
  });

  it("reports a missing Suivis table and a missing required column", () => {
    const noSuivis = readWorkbook(snapshot({ actions: ACTIONS }), { today });
    expect(codes(noSuivis.problems)).toEqual(["error:missing-table@Suivis"]);
    const noStatus = readWorkbook(
      snapshot({
        actions: ACTIONS,
        tables: [
          table("Suivis", "Suivis", [
            ["Date", "No action"],
            [d("2026-01-01"), "1.1"],
          ]),
        ],
      }),
      { today },
    );
    expect(codes(noStatus.problems)).toEqual(["error:missing-column@Suivis!A1:B1"]);
    expect(noStatus.problems[0].header).toBe("Statut");
    const noActions = readWorkbook(snapshot({ suivis: [] }), { today });
    expect(codes(noActions.problems)).toEqual(["error:missing-table@'Plan d''action'"]);
  });
});

describe("readWorkbook: settings and the reference date", () => {
  const params = [
    ["Organisation", "Ville de Saint-Clément"],
    ["type de plan", "mada"],
    ["Début du plan", "2025-01-01"],
    ["Fin du plan", d("2028-12-31")],
    ["Délai de suivi (jours)", 60],
    ["Préavis d'échéance (jours)", "45"],
    ["Date de référence", d("2026-04-01")],
    ["Ma note", "gardée"],
  ];

  it("reads each setting by its label, with defaults for the rest", () => {
    const wb = readWorkbook(snapshot({ actions: ACTIONS, suivis: [], params }), { today });
    expect(wb.settings).toEqual({
      organisation: "Ville de Saint-Clément",
      planType: "MADA",
      start: d("2025-01-01"),
      end: d("2028-12-31"),
      followUpDays: 60,
      noticeDays: 45,
      referenceDate: d("2026-04-01"),
    });
    expect(wb.referenceDate).toBe(d("2026-04-01"));
    expect(readWorkbook(snapshot({ actions: ACTIONS, suivis: [] }), { today }).settings).toEqual({
      planType: "PFM-MADA",
      followUpDays: 90,
      noticeDays: 30,
    });
  });

  it("takes the caller's date over the workbook's, and today without either", () => {
    expect(
      readWorkbook(snapshot({ actions: ACTIONS, suivis: [], params }), {
        today,
        referenceDate: d("2026-05-05"),
      }).referenceDate,
    ).toBe(d("2026-05-05"));
    expect(readWorkbook(snapshot({ actions: ACTIONS, suivis: [] }), { today }).referenceDate).toBe(today);
  });

  it("reports a plan that ends before it starts and a bad interval", () => {
    const wb = readWorkbook(
      snapshot({
        actions: ACTIONS,
        suivis: [],
        params: [
          ["Début du plan", "2026-01-01"],
          ["Fin du plan", "2025-01-01"],
          ["Délai de suivi (jours)", "trois mois"],
        ],
      }),
      { today },
    );
    expect(codes(wb.problems)).toEqual([
      "error:invalid-number@Paramètres!B4",
      "error:end-before-start@Paramètres!B3",
    ]);
    expect(wb.settings.followUpDays).toBe(90);
  });

  it("reads whether the public version shows spending: Oui, Yes, non; anything else reported", () => {
    const read = (value: string) =>
      readWorkbook(
        snapshot({ actions: ACTIONS, suivis: [], params: [["Dépenses dans la version publique", value]] }),
        { today },
      );
    expect(read("Oui").settings.publicSpending).toBe(true);
    expect(read("yes").settings.publicSpending).toBe(true);
    expect(read("non").settings.publicSpending).toBe(false);
    expect(readWorkbook(snapshot({ actions: ACTIONS, suivis: [] }), { today }).settings.publicSpending).toBe(
      undefined,
    );
    const wrong = read("peut-être");
    expect(wrong.settings.publicSpending).toBe(undefined);
    expect(codes(wrong.problems)).toEqual(["warning:invalid-choice@Paramètres!B2"]);
  });

  it("drops a follow-up dated after the reference date", () => {
    const wb = readWorkbook(
      snapshot({ actions: ACTIONS, suivis: [[d("2026-04-02"), "1.1", "En cours", null, null]], params }),
      { today },
    );
    expect(codes(wb.problems)).toEqual(["error:future-date@Suivis!A2"]);
    expect(wb.suivis).toEqual([]);
  });
});
