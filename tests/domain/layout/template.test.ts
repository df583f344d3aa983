import { dayFromIso } from "../../../src/domain/dates";
import { planSnapshot } from "../../../src/domain/demo/snapshot";
import type { TablePlan, WorkbookPlan } from "../../../src/domain/layout/sheet-plan";
import { listSource, listValues, structuredColumn, templatePlan } from "../../../src/domain/layout/template";
import { readWorkbook } from "../../../src/domain/read";
import { ACTIONS, LISTS, SETTINGS, SUIVIS, TABLES } from "../../../src/domain/schema";
import { DEFAULT_AREAS, STATUSES } from "../../../src/domain/vocabulary";

const d = (iso: string) => dayFromIso(iso) as number;
const today = d("2026-03-15");

function findTable(plan: WorkbookPlan, name: string): TablePlan {
  const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}
const column = (table: TablePlan, header: string) => {
  const found = table.columns.find((c) => c.header === header);
  if (!found) throw new Error(`no column ${header}`);
  return found;
};

describe("templatePlan: the empty template", () => {
  const fr = templatePlan({ lang: "fr" });
  const en = templatePlan({ lang: "en" });

  test("has the six sheets in order, named in the workbook language", () => {
    expect(fr.sheets.map((s) => s.name)).toEqual([
      "Paramètres",
      "Plan d'action",
      "Suivis",
      "Acteurs",
      "Rencontres",
      "Listes",
    ]);
    expect(en.sheets.map((s) => s.name)).toEqual([
      "Settings",
      "Action plan",
      "Follow-ups",
      "People",
      "Meetings",
      "Lists",
    ]);
    expect(fr.lang).toBe("fr");
  });

  test("holds every table of the schema once, with its headers, widths and a style", () => {
    const tables = fr.sheets.flatMap((s) => s.tables);
    expect(tables.map((t) => t.name).sort()).toEqual(TABLES.map((t) => t.name).sort());
    for (const spec of TABLES) {
      const table = findTable(en, spec.name);
      expect(table.columns.map((c) => c.header)).toEqual(spec.columns.map((c) => c.en));
      expect(table.columns.map((c) => c.width)).toEqual(spec.columns.map((c) => c.width));
      expect(table.style).toMatch(/^TableStyle(Light|Medium)\d+$/);
      expect(table.row).toBe(1);
    }
    expect(findTable(fr, "Actions").columns[0].header).toBe("No");
  });

  test("puts each table at A1 and the lists side by side with one empty column between", () => {
    for (const name of ["Parametres", "Actions", "Suivis", "Acteurs", "Rencontres"]) {
      expect(findTable(fr, name).col).toBe(1);
    }
    expect(LISTS.map((l) => findTable(fr, l.name).col)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
  });

  test("freezes the header row, colours every tab, and has no data rows", () => {
    for (const sheet of fr.sheets) {
      expect(sheet.freeze?.rows).toBe(1);
      expect(sheet.tabColor).toMatch(/^[0-9A-F]{6}$/);
    }
    expect(new Set(fr.sheets.map((s) => s.tabColor)).size).toBe(fr.sheets.length);
    for (const name of ["Actions", "Suivis", "Acteurs", "Rencontres"])
      expect(findTable(fr, name).rows).toEqual([]);
  });

  test("writes every setting with its default", () => {
    expect(findTable(fr, "Parametres").rows).toEqual([
      ["Organisation", null],
      ["Type de plan", "PFM-MADA"],
      ["Titre du plan", null],
      ["Coordination du plan", null],
      ["Début du plan", null],
      ["Fin du plan", null],
      ["Délai de suivi (jours)", 90],
      ["Préavis d'échéance (jours)", 30],
      ["Date de référence", null],
      ["Dépenses dans la version publique", "Non"],
    ]);
    expect(findTable(en, "Parametres").rows.map((r) => r[0])).toEqual(SETTINGS.map((s) => s.en));
  });

  test("carries the format version and the language as defined names", () => {
    expect(fr.definedNames).toEqual({ "PlanVivant.Version": '"1"', "PlanVivant.Langue": '"fr"' });
    expect(en.definedNames["PlanVivant.Langue"]).toBe('"en"');
  });

  test("fills the lists in the workbook language", () => {
    expect(findTable(fr, "ListeChamps").rows.map((r) => r[0])).toEqual(DEFAULT_AREAS.map((a) => a.fr));
    expect(findTable(en, "ListeStatuts").rows.map((r) => r[0])).toEqual(STATUSES.map((s) => s.en));
    expect(findTable(fr, "ListeStatuts").rows).toHaveLength(8);
    expect(findTable(fr, "ListePriorites").rows).toEqual([[1], [2], [3]]);
    expect(listValues("ListeOuiNon", "fr")).toEqual(["Oui", "Non"]);
    expect(listValues("ListeSources", "en")).toEqual(["Committee", "Lead", "Council"]);
    expect(listValues("ListeChamps", "fr", ["A", "B"])).toEqual(["A", "B"]);
  });

  test("formats columns by type", () => {
    const actions = findTable(fr, "Actions");
    const suivis = findTable(fr, "Suivis");
    expect(column(actions, "No").format).toBe("text");
    expect(column(actions, "Échéance").format).toBe("date");
    expect(column(actions, "Budget prévu ($)").format).toBe("money");
    expect(column(actions, "Heures prévues").format).toBe("number");
    expect(column(actions, "Avancement (%)").format).toBe("integer");
    expect(column(actions, "Dernier suivi").format).toBe("date");
    expect(column(actions, "Priorité").format).toBe("integer");
    expect(column(suivis, "Avancement (%)").format).toBe("integer");
    expect(column(suivis, "Dépenses ($)").format).toBe("money");
    expect(column(suivis, "Heures").format).toBe("number");
    expect(column(suivis, "Réalisations").wrap).toBe(true);
  });

  test("validates lists, dates, amounts and progress, each with a message", () => {
    const actions = findTable(fr, "Actions");
    const suivis = findTable(fr, "Suivis");
    expect(column(actions, "Champ d'action").validation).toEqual({
      kind: "list",
      source: `INDIRECT("ListeChamps[[Champ d''action]]")`,
      strict: false,
    });
    expect(column(suivis, "Statut").validation).toEqual({
      kind: "list",
      source: `INDIRECT("ListeStatuts[Statut]")`,
      strict: true,
    });
    expect(column(suivis, "Bon coup").validation).toMatchObject({
      source: `INDIRECT("ListeOuiNon[[Oui/Non]]")`,
      strict: true,
    });
    expect(column(actions, "Début prévu").validation).toEqual({ kind: "date" });
    expect(column(actions, "Budget prévu ($)").validation).toEqual({ kind: "decimal", min: 0 });
    expect(column(suivis, "Avancement (%)").validation).toEqual({ kind: "decimal", min: 0, max: 100 });
    expect(column(suivis, "Date").error).toEqual({
      title: "Date invalide",
      message: "Entrez une date, par exemple 2026-03-15.",
    });
    expect(column(actions, "Statut actuel").validation).toBeUndefined();
    for (const plan of [fr, en]) {
      for (const table of plan.sheets.flatMap((s) => s.tables)) {
        for (const c of table.columns) {
          if (!c.validation) continue;
          expect(c.error?.title.length).toBeGreaterThan(0);
          expect(c.error?.title.length).toBeLessThanOrEqual(32);
          expect(c.error?.message.length).toBeLessThanOrEqual(255);
        }
      }
    }
    // Every list column of the schema points at its list table.
    for (const spec of [ACTIONS, SUIVIS]) {
      for (const c of spec.columns.filter((x) => x.list)) {
        expect(column(findTable(en, spec.name), c.en).validation).toMatchObject({
          source: listSource(c.list!, "en"),
        });
      }
    }
  });

  test("reads back with no problem at all", () => {
    for (const plan of [fr, en]) {
      const wb = readWorkbook(planSnapshot(plan), { today });
      expect(wb.problems).toEqual([]);
      expect(wb.lang).toBe(plan.lang);
      expect(wb.version).toBe("1");
      expect(wb.settings).toMatchObject({ planType: "PFM-MADA", followUpDays: 90, noticeDays: 30 });
    }
  });
});

describe("templatePlan with options and data", () => {
  const plan = templatePlan(
    {
      lang: "fr",
      organisation: "Ville de Test",
      planType: "MADA",
      title: "Plan",
      start: d("2025-01-01"),
      end: d("2028-12-31"),
    },
    {
      actions: [
        {
          no: "1.1",
          text: "Bancs",
          clientele: "seniors",
          recurrence: "ongoing",
          priority: 2,
          due: d("2026-06-30"),
        },
        { text: "Sans numéro", target: 12 },
      ],
      suivis: [
        {
          date: d("2026-03-01"),
          action: "1.1",
          status: "blocked",
          bonCoup: true,
          source: "council",
          progress: 40,
        },
      ],
      rencontres: [{ date: d("2026-02-01"), instance: "Conseil", statutory: false }],
      acteurs: [{ name: "Julie", email: "julie@test.example" }],
    },
  );

  test("writes the settings given, dates with their own date format", () => {
    const rows = findTable(plan, "Parametres").rows;
    expect(rows.slice(0, 6).map((r) => r[1])).toEqual([
      "Ville de Test",
      "MADA",
      "Plan",
      null,
      d("2025-01-01"),
      d("2028-12-31"),
    ]);
    const dateCells = plan.sheets[0].cells.filter((c) => c.style?.format === "date");
    expect(dateCells.map((c) => [c.row, c.col, c.value])).toEqual([
      [6, 2, d("2025-01-01")],
      [7, 2, d("2028-12-31")],
    ]);
    expect(plan.sheets[0].cells.some((c) => c.value === "Laissez vide pour utiliser la date du jour")).toBe(
      true,
    );
  });

  test("writes rows in column order, vocabularies as labels and computed columns empty", () => {
    const actions = findTable(plan, "Actions");
    const first = actions.rows[0];
    expect(first).toHaveLength(ACTIONS.columns.length);
    expect(first[0]).toBe("1.1");
    expect(first[3]).toBe("Bancs");
    expect(first[4]).toBe("Aînés");
    expect(first[9]).toBe(d("2026-06-30"));
    expect(first[10]).toBe("En continu");
    expect(first[16]).toBe(2);
    expect(first.slice(17)).toEqual([null, null, null, null, null, null]);
    expect(actions.rows[1][0]).toBeNull();
    expect(actions.rows[1][15]).toBe(12);
    const suivi = findTable(plan, "Suivis").rows[0];
    expect(suivi.slice(0, 4)).toEqual([d("2026-03-01"), "1.1", "Bloquée", 40]);
    expect(suivi[10]).toBe("Oui");
    expect(suivi[11]).toBe("Conseil");
    expect(findTable(plan, "Rencontres").rows[0]).toEqual([
      d("2026-02-01"),
      "Conseil",
      "Non",
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(findTable(plan, "Acteurs").rows[0]).toEqual([
      "Julie",
      null,
      null,
      null,
      "julie@test.example",
      null,
    ]);
  });

  test("writes English labels in an English workbook", () => {
    const en = templatePlan(
      { lang: "en" },
      { suivis: [{ status: "partly-done", bonCoup: false, source: "committee" }] },
    );
    const row = findTable(en, "Suivis").rows[0];
    expect([row[2], row[10], row[11]]).toEqual(["Partly done", "No", "Committee"]);
  });
});

describe("structuredColumn", () => {
  test("brackets once, or twice with escapes when the header has special characters", () => {
    expect(structuredColumn("Statut")).toBe("[Statut]");
    expect(structuredColumn("Type de plan")).toBe("[Type de plan]");
    expect(structuredColumn("Champ d'action")).toBe("[[Champ d''action]]");
    expect(structuredColumn("Yes/No")).toBe("[[Yes/No]]");
    expect(structuredColumn("No #1 [x]")).toBe("[[No '#1 '[x']]]");
  });
});

describe("templatePlan: meetings", () => {
  test("Rencontres offers the bodies of ListeInstances without refusing another one", () => {
    const plan = templatePlan({ lang: "fr" });
    const instance = findTable(plan, "Rencontres").columns[1];
    expect(instance.validation).toEqual({
      kind: "list",
      source: 'INDIRECT("ListeInstances[Instance]")',
      strict: false,
    });
    const list = findTable(plan, "ListeInstances");
    expect(list.columns.map((c) => c.header)).toEqual(["Instance", "Texte du point statutaire"]);
    expect(list.columns[1].validation).toEqual({ kind: "list", source: '"Court,Détaillé"', strict: true });
    expect(list.rows[0]).toEqual(["Comité de suivi", "Détaillé"]);
  });
});
