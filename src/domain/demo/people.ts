/** The demo's people (Acteurs) and meetings (Rencontres). Every name is invented. */
import { EMAIL_DOMAIN, MUNICIPALITY, P } from "./porteurs";
import { bi, same, type Bi, type DemoActeur, type DemoRencontre } from "./types";

const CITY_STAFF = bi("Employé municipal", "Municipal staff");
const ORGANISM = bi("Organisme", "Community organisation");
const PARTNER = bi("Partenaire public", "Public partner");

const person = (name: string, organisation: Bi, type: Bi, role: Bi, email: string, phone: string): DemoActeur => ({
  name,
  organisation,
  type,
  role,
  email,
  phone: `450 555-01${phone}`,
});
const city = (user: string) => `${user}@${EMAIL_DOMAIN}`;

export const DEMO_ACTEURS: DemoActeur[] = [
  person(
    "Julie Tremblay",
    P.loisirs,
    CITY_STAFF,
    bi("Coordonnatrice du plan PFM-MADA, Service des loisirs", "PFM-MADA plan coordinator, Recreation Department"),
    city("julie.tremblay"),
    "01",
  ),
  person(
    "Marc-André Gagnon",
    MUNICIPALITY,
    bi("Élu", "Elected official"),
    bi("Conseiller responsable des questions familles et aînés", "Councillor responsible for family and seniors' issues"),
    city("ma.gagnon"),
    "02",
  ),
  person("Sylvie Bouchard", P.dg, CITY_STAFF, bi("Directrice générale", "Director General"), city("dg"), "03"),
  person(
    "Patrick Lévesque",
    P.travaux,
    CITY_STAFF,
    bi("Directeur des travaux publics", "Director of Public Works"),
    city("travaux.publics"),
    "04",
  ),
  person("Nathalie Côté", P.urbanisme, CITY_STAFF, bi("Urbaniste", "Urban planner"), city("urbanisme"), "05"),
  person(
    "François Pelletier",
    P.incendie,
    CITY_STAFF,
    bi("Directeur du service de sécurité incendie", "Fire Chief"),
    city("incendie"),
    "06",
  ),
  person(
    "Mélanie Girard",
    P.communications,
    CITY_STAFF,
    bi("Responsable des communications", "Communications officer"),
    city("communications"),
    "07",
  ),
  person(
    "Geneviève Ouellet",
    P.bibliotheque,
    CITY_STAFF,
    bi("Responsable de la bibliothèque", "Head librarian"),
    city("bibliotheque"),
    "08",
  ),
  person(
    "Lise Bergeron",
    P.fadoq,
    ORGANISM,
    bi("Présidente; membre du comité de suivi", "President; committee member"),
    "presidence@fadoq-saint-clement.example",
    "11",
  ),
  person(
    "Karine Morin",
    P.mdj,
    ORGANISM,
    bi("Coordonnatrice; membre du comité de suivi", "Coordinator; committee member"),
    "coordination@mdj-tremplin.example",
    "12",
  ),
  person(
    "Denis Fortin",
    P.cab,
    ORGANISM,
    bi("Directeur général", "Executive director"),
    "direction@cab-du-lac.example",
    "13",
  ),
  person(
    "Amélie Roy",
    P.clsc,
    PARTNER,
    bi("Organisatrice communautaire", "Community organiser"),
    "amelie.roy@clsc-du-lac.example",
    "21",
  ),
  person(
    "Isabelle Paquette",
    same("CPE Les Petits Huards"),
    ORGANISM,
    bi("Directrice générale", "Executive director"),
    "direction@cpe-petits-huards.example",
    "14",
  ),
  person(
    "Robert Gauthier",
    bi("Citoyen", "Resident"),
    bi("Citoyen", "Resident"),
    bi("Représentant des aînés au comité de suivi", "Seniors' representative on the committee"),
    "robert.gauthier@courriel.example",
    "31",
  ),
];

// The bodies as the default ListeInstances names them.
const COMMITTEE = bi("Comité de suivi", "Follow-up committee");
const COUNCIL = bi("Conseil municipal", "Municipal council");

export const DEMO_RENCONTRES: DemoRencontre[] = [
  {
    at: -360,
    instance: COMMITTEE,
    statutory: false,
    actions: "1.1.1, 3.1.1, 5.1.1",
    decisions: bi(
      "Lancement du suivi; rencontres trimestrielles; marche exploratoire de la rue Principale fixée",
      "Follow-up launched; quarterly meetings; Rue Principale exploratory walk scheduled",
    ),
  },
  {
    at: -270,
    instance: COMMITTEE,
    statutory: false,
    actions: "2.1.1, 6.1.2, 8.2.1",
    decisions: bi(
      "Programme de la Fête des voisins approuvé; la Maison des jeunes recrutera le conseil jeunesse",
      "Neighbours' day program approved; the youth centre will recruit the youth council",
    ),
  },
  {
    at: -240,
    instance: COUNCIL,
    statutory: true,
    actions: "4.1.1, 10.1.1",
    decisions: bi(
      "Dépôt du premier bilan; appui au projet du CPE Les Petits Huards",
      "First report tabled; support for the CPE Les Petits Huards project",
    ),
  },
  {
    at: -160,
    instance: COMMITTEE,
    statutory: false,
    actions: "8.2.1, 13.2.1",
    decisions: bi(
      "Conseil jeunesse abandonné au profit d'une consultation annuelle des jeunes",
      "Youth council dropped in favour of a yearly youth consultation",
    ),
    reflection: {
      wellDone: bi("Les porteurs viennent présenter eux-mêmes leurs actions", "Leads present their own actions"),
      toImprove: bi("Envoyer l'ordre du jour une semaine avant", "Send the agenda a week ahead"),
      inspires: bi("La consultation des jeunes de Saint-Alexis", "The youth consultation in Saint-Alexis"),
    },
  },
  {
    at: -120,
    instance: COUNCIL,
    statutory: true,
    actions: "1.1.2, 8.1.2",
    decisions: bi(
      "Bilan semestriel déposé; bons coups soulignés : hôtel de ville accessible et soirée des bénévoles",
      "Half-year report tabled; highlights: accessible town hall and volunteer evening",
    ),
  },
  {
    at: -55,
    instance: COMMITTEE,
    statutory: false,
    actions: "3.1.1, 5.1.1, 13.1.2",
    decisions: bi(
      "Solution de rechange demandée pour la navette; bottin à finaliser; projet de politique commenté",
      "Shuttle fallback requested; directory to finish; draft policy reviewed",
    ),
    reflection: {
      wellDone: bi("Le tour de table tient en une heure", "The round fits in one hour"),
      toImprove: bi("Relancer les porteurs absents le lendemain", "Follow up with absent leads the next day"),
      inspires: bi("Le circuit des bancs de la MRC voisine", "The neighbouring MRC's bench trail"),
    },
  },
  {
    at: -14,
    instance: COUNCIL,
    statutory: true,
    actions: "2.1.1, 3.1.1",
    decisions: bi(
      "Point statutaire : deux actions bloquées; demande à la MRC de modifier le schéma d'aménagement",
      "Standing item: two blocked actions; request to the MRC to amend the land-use plan",
    ),
  },
];
