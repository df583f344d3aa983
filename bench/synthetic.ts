/**
 * A large synthetic tracking workbook for benchmarks and size tests: `actions` actions
 * spread over the default areas and `suivis` follow-ups spread over a year before `today`.
 * Deterministic (a fixed pseudo-random sequence), valid data, every status present.
 */
import type { Day } from "../src/domain/dates";
import type { TemplateData, TemplateOptions } from "../src/domain/layout/template";
import { DEFAULT_AREAS, STATUS_IDS, type StatusId } from "../src/domain/vocabulary";

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticOptions(today: Day): TemplateOptions {
  return { lang: "fr", organisation: "Municipalité synthétique", start: today - 400, end: today + 1060 };
}

export function syntheticData(actions: number, suivis: number, today: Day): TemplateData {
  const rnd = random(42);
  const porteurs = [
    "Service des loisirs",
    "Direction générale",
    "Service des travaux publics",
    "Comité famille",
    "FADOQ",
  ];
  const data: TemplateData = { actions: [], suivis: [] };
  for (let i = 0; i < actions; i++) {
    const area = DEFAULT_AREAS[i % DEFAULT_AREAS.length].fr;
    data.actions?.push({
      no: `${(i % 13) + 1}.${Math.floor(i / 13) + 1}`,
      area,
      objective: `Objectif ${i + 1}`,
      text: `Action synthétique numéro ${i + 1} du champ ${area}`,
      clientele: (["families", "seniors", "families-seniors"] as const)[i % 3],
      porteur: porteurs[i % porteurs.length],
      plannedStart: today - 400 + Math.floor(rnd() * 300),
      due: today - 100 + Math.floor(rnd() * 900),
      recurrence: i % 10 === 0 ? "ongoing" : "one-time",
      budget: Math.round(rnd() * 50000),
      hours: Math.round(rnd() * 200),
      expectedResult: "Résultat attendu",
      indicator: "Indicateur",
      target: 10,
      priority: ((i % 3) + 1) as 1 | 2 | 3,
    });
  }
  const nos = data.actions?.map((a) => a.no as string) ?? [];
  for (let j = 0; j < suivis; j++) {
    const status: StatusId = STATUS_IDS[Math.floor(rnd() * STATUS_IDS.length)];
    data.suivis?.push({
      date: today - 365 + Math.floor((j / Math.max(1, suivis)) * 365),
      action: nos[Math.floor(rnd() * nos.length)],
      status,
      progress: status === "done" ? 100 : Math.floor(rnd() * 90),
      achievements: `Réalisation ${j + 1}`,
      obstacles: ["postponed", "blocked", "dropped"].includes(status) ? "Obstacle rencontré" : undefined,
      nextSteps: "Prochaine étape",
      spent: Math.round(rnd() * 2000),
      hours: Math.round(rnd() * 20),
      bonCoup: j % 17 === 0,
      source: "committee",
      filledBy: "Coordination",
    });
  }
  return data;
}
