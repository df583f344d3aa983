/** The demo's municipal services and organisations, as porteurs and partners. */
import { bi, same } from "./types";

export const MUNICIPALITY = bi("Municipalité de Saint-Clément-du-Lac", "Municipality of Saint-Clément-du-Lac");
export const EMAIL_DOMAIN = "saint-clement.example";

export const P = {
  dg: bi("Direction générale", "Office of the Director General"),
  travaux: bi("Service des travaux publics", "Public Works Department"),
  loisirs: bi("Service des loisirs et de la vie communautaire", "Recreation and Community Life Department"),
  urbanisme: bi("Service de l'urbanisme", "Urban Planning Department"),
  incendie: bi("Service de sécurité incendie", "Fire Department"),
  communications: bi("Service des communications", "Communications Department"),
  environnement: bi("Service de l'environnement", "Environment Department"),
  bibliotheque: bi("Bibliothèque municipale", "Municipal library"),
  greffe: bi("Greffe", "Clerk's Office"),
  fadoq: same("FADOQ Saint-Clément"),
  mdj: same("Maison des jeunes Le Tremplin"),
  cab: same("Centre d'action bénévole du Lac"),
  clsc: same("CLSC du Lac"),
  comite: bi("Comité de suivi PFM-MADA", "PFM-MADA steering committee"),
};
