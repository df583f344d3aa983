/** A small plan worked by hand for the meeting tests: who is late, blocked, stale or due soon on 2026-03-20. */
import { readWorkbook } from "../../../src/domain/read";
import type { Workbook } from "../../../src/domain/model";
import { d, snapshot, table } from "../snapshot";

export const MEETING = d("2026-03-20");

// ACTION_HEADERS: No, Champ d'action, Action, Porteur, Début prévu, Échéance, Récurrence
// SUIVI_HEADERS: Date, No action, Statut, Avancement (%), Obstacles
export function meetingWorkbook(): Workbook {
  return readWorkbook(
    snapshot({
      params: [
        ["Début du plan", d("2025-01-01")],
        ["Fin du plan", d("2028-12-31")],
        ["Titre du plan", "Plan PFM-MADA 2025-2028"],
      ],
      actions: [
        [
          "1.1",
          "Loisirs",
          "Parc intergénérationnel",
          "Service des loisirs",
          d("2025-02-01"),
          d("2026-01-31"),
          null,
        ], // late 48 d
        ["1.2", "Loisirs", "Sentier pédestre", "Service des loisirs", d("2025-02-01"), d("2027-06-30"), null], // in progress, fresh
        ["2.1", "Sécurité", "Traverses piétonnes", "Travaux publics", d("2025-02-01"), d("2027-12-31"), null], // blocked
        ["2.2", "Sécurité", "Éclairage du parc", "Travaux publics", d("2025-02-01"), d("2027-12-31"), null], // stale
        ["3.1", "Culture", "Bottin des organismes", "Communications", d("2026-03-01"), d("2026-04-10"), null], // due soon
        ["3.2", "Culture", "Fête des familles", "Communications", d("2025-02-01"), d("2025-09-30"), null], // done
        ["4.1", "Habitat", "Répertoire des logements", null, d("2025-02-01"), d("2028-06-30"), null], // postponed lately
        ["4.2", "Habitat", "Guide du locataire", null, d("2025-02-01"), d("2028-06-30"), null], // never followed, no porteur
      ],
      suivis: [
        [d("2025-11-15"), "1.1", "En cours", 40, null],
        [d("2026-03-01"), "1.2", "En cours", 30, null],
        [d("2026-02-10"), "2.1", "Bloquée", 10, "Soumission trop élevée"],
        [d("2025-10-01"), "2.2", "En cours", 20, null],
        [d("2025-09-20"), "3.2", "Réalisée", 100, null],
        [d("2026-03-10"), "4.1", "Reportée", 0, "Attente du recensement"],
        [d("2026-02-15"), "3.2", "Réalisée", 100, null],
      ],
      tables: [
        table("Rencontres", "Rencontres", [
          ["Date", "Instance", "Point statutaire", "Actions traitées", "Décisions"],
          [d("2025-12-01"), "Comité de suivi", "Oui", "1.1", null],
          [d("2026-03-01"), "Conseil municipal", "Oui", null, null],
        ]),
      ],
    }),
    { today: MEETING },
  );
}
