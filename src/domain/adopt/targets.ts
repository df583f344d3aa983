/**
 * What a column of an adopted plan can become: a column of `Actions` (computed ones excepted),
 * or the status and progress of a first fiche de suivi. Each target lists the header
 * spellings people use, folded (see text.ts), abbreviations apart.
 */
import { ACTIONS, SUIVIS, type ColumnSpec } from "../schema";

export type TargetKey =
  | "no"
  | "area"
  | "objective"
  | "action"
  | "clientele"
  | "porteur"
  | "partners"
  | "partnersRole"
  | "plannedStart"
  | "due"
  | "recurrence"
  | "budget"
  | "hours"
  | "expectedResult"
  | "indicator"
  | "target"
  | "priority"
  | "status"
  | "progress";

export interface Target {
  key: TargetKey;
  /** The contract column it fills: in `Actions`, or in `Suivis` for status and progress. */
  column: ColumnSpec;
  table: "Actions" | "Suivis";
  /** Whole header spellings, folded, besides the contract's own headers. */
  names: string[];
  /** Abbreviations, folded, matched as a word or as the start of a word (`resp` for `responsable`). */
  short: string[];
}

const NAMES: Record<TargetKey, { names: string[]; short: string[] }> = {
  no: {
    names: [
      "no",
      "n",
      "no.",
      "numero",
      "num",
      "no action",
      "no de l action",
      "number",
      "id",
      "ref",
      "reference",
      "code",
      "item",
      "action no",
    ],
    short: ["no", "num", "ref"],
  },
  area: {
    names: [
      "champ d action",
      "champs d action",
      "champ",
      "area",
      "area of action",
      "axe",
      "axe d intervention",
      "domaine",
      "domaine d intervention",
      "theme",
      "volet",
    ],
    short: ["champ", "axe"],
  },
  objective: {
    names: [
      "objectif",
      "objectifs",
      "objective",
      "objectives",
      "goal",
      "goals",
      "objectif specifique",
      "objectif general",
      "but",
    ],
    short: ["obj"],
  },
  action: {
    names: [
      "action",
      "actions",
      "action a realiser",
      "actions a realiser",
      "description",
      "description de l action",
      "mesure",
      "mesures",
      "activite",
      "moyen",
      "moyens",
      "moyens d action",
    ],
    short: [],
  },
  clientele: {
    names: [
      "clientele",
      "clienteles",
      "clientele visee",
      "clientele cible",
      "public cible",
      "population visee",
      "target group",
      "target population",
      "audience",
    ],
    short: ["client"],
  },
  porteur: {
    names: [
      "porteur",
      "porteurs",
      "porteur du dossier",
      "responsable",
      "responsables",
      "service responsable",
      "responsable de l action",
      "lead",
      "responsible",
      "owner",
      "in charge",
    ],
    short: ["resp", "port"],
  },
  partners: {
    names: [
      "partenaires",
      "partenaire",
      "partners",
      "partner",
      "collaborateurs",
      "partenaires impliques",
      "partenaires potentiels",
    ],
    short: ["part", "partn", "collab"],
  },
  partnersRole: {
    names: [
      "role des partenaires",
      "role",
      "roles",
      "partners role",
      "role of partners",
      "arrimages",
      "role de chacun",
    ],
    short: [],
  },
  plannedStart: {
    names: ["debut prevu", "debut", "date de debut", "start", "planned start", "start date", "demarrage"],
    short: ["deb"],
  },
  due: {
    names: [
      "echeance",
      "echeances",
      "echeancier",
      "date d echeance",
      "date limite",
      "fin prevue",
      "date de fin",
      "fin",
      "due",
      "due date",
      "deadline",
      "end date",
      "target date",
    ],
    short: ["ech"],
  },
  recurrence: {
    names: ["recurrence", "frequence", "frequency", "recurrent", "type d action"],
    short: ["recur", "freq"],
  },
  budget: {
    names: [
      "budget",
      "budget prevu",
      "budgets",
      "cout",
      "couts",
      "cout estime",
      "montant",
      "investissement",
      "planned budget",
      "cost",
      "estimated cost",
      "amount",
    ],
    short: ["budg", "bud"],
  },
  hours: {
    names: ["heures", "heures prevues", "temps", "temps prevu", "hours", "planned hours"],
    short: ["h", "hres"],
  },
  expectedResult: {
    names: [
      "resultat attendu",
      "resultats attendus",
      "resultat",
      "resultats",
      "livrable",
      "livrables",
      "expected result",
      "expected results",
      "deliverable",
      "outcome",
    ],
    short: ["res"],
  },
  indicator: {
    names: [
      "indicateur",
      "indicateurs",
      "indicateur de resultat",
      "indicateurs de resultat",
      "indicator",
      "indicators",
      "kpi",
    ],
    short: ["ind", "indic"],
  },
  target: {
    names: ["cible", "cibles", "valeur cible", "target", "target value"],
    short: [],
  },
  priority: {
    names: ["priorite", "priorites", "priority", "niveau de priorite"],
    short: ["prio", "prior"],
  },
  status: {
    names: [
      "statut",
      "statuts",
      "etat",
      "etat d avancement",
      "status",
      "state",
      "statut actuel",
      "current status",
    ],
    short: ["stat"],
  },
  progress: {
    names: [
      "avancement",
      "progression",
      "progress",
      "pourcentage",
      "pourcentage d avancement",
      "percent complete",
    ],
    short: ["av", "avanc"],
  },
};

function spec(key: TargetKey): { column: ColumnSpec; table: "Actions" | "Suivis" } {
  if (key === "status" || key === "progress") {
    return { column: SUIVIS.columns.find((c) => c.key === key) as ColumnSpec, table: "Suivis" };
  }
  return { column: ACTIONS.columns.find((c) => c.key === key) as ColumnSpec, table: "Actions" };
}

/** Every target, in the contract's column order. */
export const TARGETS: readonly Target[] = (Object.keys(NAMES) as TargetKey[]).map((key) => ({
  key,
  ...spec(key),
  ...NAMES[key],
}));

export const TARGET_KEYS: readonly TargetKey[] = TARGETS.map((t) => t.key);

/** The columns without which no action can be placed. */
export const REQUIRED_TARGETS: readonly TargetKey[] = ["no", "action"];

export function targetOf(key: TargetKey): Target {
  return TARGETS.find((t) => t.key === key) as Target;
}

export function isTargetKey(value: string): value is TargetKey {
  return (TARGET_KEYS as readonly string[]).includes(value);
}
