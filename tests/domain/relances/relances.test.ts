import { dayFromIso } from "../../../src/domain/dates";
import { planSnapshot } from "../../../src/domain/demo/snapshot";
import { actionStates } from "../../../src/domain/flags";
import type { Lang } from "../../../src/domain/lang";
import { templatePlan, type TemplateData } from "../../../src/domain/layout/template";
import type { WorkbookSnapshot } from "../../../src/domain/raw";
import { readWorkbook } from "../../../src/domain/read";
import { emailAddresses, mailtoLink, relances, type Relances } from "../../../src/domain/relances";

const R = dayFromIso("2026-06-01") as number;

const DATA: TemplateData = {
  actions: [
    {
      no: "1.1",
      text: "Aménager un parc",
      porteur: "Service des loisirs",
      due: R - 12,
      plannedStart: R - 200,
    },
    {
      no: "1.2",
      text: "Publier un bottin",
      porteur: "service des LOISIRS",
      due: R + 10,
      plannedStart: R - 5,
    },
    {
      no: "2.1",
      text: "Installer des bancs",
      porteur: "Patrick Lévesque",
      due: R + 200,
      plannedStart: R - 100,
    },
    {
      no: "3.1",
      text: "Former les bénévoles",
      porteur: "Travaux publics",
      due: R + 300,
      plannedStart: R - 10,
    },
    { no: "4.1", text: "Sonder les aînés", porteur: "CAB du Lac", due: R - 1, plannedStart: R - 30 },
    { no: "5.1", text: "Sans porteur", due: R - 3, plannedStart: R - 30 },
  ],
  suivis: [{ date: R - 20, action: "1.1", status: "in-progress", progress: 40 }],
  acteurs: [
    {
      name: "Julie Tremblay",
      organisation: "Ville",
      role: "Coordonnatrice du plan",
      email: "julie@ville.example",
    },
    { name: "Marie Roy", organisation: "Service des loisirs", email: "marie.roy+plan@ville.example" },
    { name: "Patrick Lévesque", organisation: "Ville", email: "" },
    { name: "Denis Fortin", organisation: "CAB du Lac", email: "pas une adresse" },
  ],
};

function snapshotOf(lang: Lang, coordinator?: string): WorkbookSnapshot {
  const snapshot = planSnapshot(
    templatePlan(
      { lang, organisation: "Ville de Saint-Test", title: "Plan PFM-MADA 2025-2028", start: R - 400 },
      DATA,
    ),
  );
  if (coordinator) {
    const settings = snapshot.tables.find((t) => t.name === "Parametres")!;
    settings.values.push([lang === "fr" ? "Coordonnatrice du plan" : "Plan coordinator", coordinator]);
  }
  return snapshot;
}

function relancesOf(lang: Lang, coordinator?: string): Relances {
  const snapshot = snapshotOf(lang, coordinator);
  const wb = readWorkbook(snapshot, { today: R });
  return relances(wb, actionStates(wb), { lang });
}

describe("relances", () => {
  const fr = relancesOf("fr", "Julie Tremblay");

  test("group late, stale and due-soon actions by porteur, ignoring case and accents", () => {
    expect(fr.referenceDate).toBe("2026-06-01");
    expect(
      fr.relances.map((r) => [r.porteur, r.actions.map((a) => `${a.action}:${a.kind}:${a.days ?? ""}`)]),
    ).toEqual([
      ["CAB du Lac", ["4.1:late:1"]],
      ["Patrick Lévesque", ["2.1:stale:100"]],
      ["Service des loisirs", ["1.1:late:12", "1.2:due-soon:10"]],
    ]);
    // Not started yet and not due: no relance for 3.1; no porteur: listed apart.
    expect(fr.withoutPorteur.map((a) => `${a.action}:${a.kind}`)).toEqual(["5.1:late"]);
  });

  test("finds the address by the porteur's name or organisation in Acteurs", () => {
    const loisirs = fr.relances.find((r) => r.porteur === "Service des loisirs")!;
    expect(loisirs).toMatchObject({ contact: "Marie Roy", email: "marie.roy+plan@ville.example" });
    expect(loisirs.mailto).toMatch(/^mailto:marie\.roy%2Bplan@ville\.example\?subject=/);
  });

  test("gives no link without a usable address, and says why", () => {
    const patrick = fr.relances.find((r) => r.porteur === "Patrick Lévesque")!;
    expect(patrick.mailto).toBeUndefined();
    expect(patrick.email).toBeUndefined();
    expect(patrick.noEmail).toEqual({
      reason: "no-email",
      message: "Aucune adresse courriel : la feuille Acteurs n'en donne pas pour Patrick Lévesque.",
    });
    const cab = fr.relances.find((r) => r.porteur === "CAB du Lac")!;
    expect(cab.noEmail?.reason).toBe("invalid-email");
    expect(cab.noEmail?.message).toContain("« pas une adresse »");
    const other = relances(
      readWorkbook(snapshotOf("fr"), { today: R }),
      actionStates(readWorkbook(snapshotOf("fr"), { today: R })).map((s) =>
        s.action.no === "1.1" ? { ...s, action: { ...s.action, porteur: "Inconnu" } } : s,
      ),
      { lang: "fr" },
    );
    expect(other.relances.find((r) => r.porteur === "Inconnu")?.noEmail?.reason).toBe("no-contact");
  });

  test("writes a polite French message, signed by the coordinator from Paramètres", () => {
    const loisirs = fr.relances.find((r) => r.porteur === "Service des loisirs")!;
    expect(loisirs.subject).toBe("Plan PFM-MADA 2025-2028 : mise à jour demandée pour 2 actions");
    expect(loisirs.body).toContain("Bonjour Marie Roy,");
    expect(loisirs.body).toContain("les actions qui vous sont confiées");
    expect(loisirs.body).toContain("- 1.1 Aménager un parc : en retard de 12 jours (échéance : 2026-05-20)");
    expect(loisirs.body).toContain("- 1.2 Publier un bottin : échéance dans 10 jours (2026-06-11)");
    expect(loisirs.body).toMatch(/Pourriez-vous nous transmettre/);
    expect(loisirs.body.split("\n").slice(-3)).toEqual([
      "Julie Tremblay",
      "Coordonnatrice du plan",
      "Ville de Saint-Test",
    ]);
    expect(loisirs.body).not.toMatch(/\btu\b|\bte\b|\bton\b/);
  });

  test("signs as the plan team when no coordinator is given", () => {
    const unsigned = relancesOf("fr");
    expect(unsigned.relances[0].body.split("\n").slice(-2)).toEqual([
      "L'équipe du suivi du plan d'action",
      "Ville de Saint-Test",
    ]);
  });

  test("writes in English on request", () => {
    const en = relancesOf("en", "Julie Tremblay");
    const loisirs = en.relances.find((r) => r.porteur === "Service des loisirs")!;
    expect(loisirs.subject).toBe("Plan PFM-MADA 2025-2028: update requested for 2 actions");
    expect(loisirs.body).toContain("Hello Marie Roy,");
    expect(loisirs.body).toContain("- 1.1 Aménager un parc: 12 days late (due date: 2026-05-20)");
    expect(loisirs.body).toContain("Best regards,\nJulie Tremblay");
    const patrick = en.relances.find((r) => r.porteur === "Patrick Lévesque")!;
    expect(patrick.body).toContain("no follow-up for 100 days");
    expect(patrick.noEmail?.message).toBe(
      "No email address: the People sheet gives none for Patrick Lévesque.",
    );
  });
});

describe("mailto links", () => {
  test("encode subject and body as UTF-8, CRLF line breaks, %20 spaces, and keep the address readable", () => {
    const link = mailtoLink(
      ["a.b@ville.example"],
      "Été & suivi : 2 actions?",
      "Bonjour,\n\nLigne 2 = « 100 % »\n#fin",
    );
    expect(link).toBe(
      "mailto:a.b@ville.example?subject=%C3%89t%C3%A9%20%26%20suivi%20%3A%202%20actions%3F" +
        "&body=Bonjour%2C%0D%0A%0D%0ALigne%202%20%3D%20%C2%AB%20100%20%25%20%C2%BB%0D%0A%23fin",
    );
    const url = new URL(link);
    expect(url.protocol).toBe("mailto:");
    expect(decodeURIComponent(url.search.split("&body=")[1])).toBe(
      "Bonjour,\r\n\r\nLigne 2 = « 100 % »\r\n#fin",
    );
  });

  test("join several addresses with commas and drop invalid ones", () => {
    expect(emailAddresses("mailto:a@x.ca; b@y.example , nope, c@z")).toEqual(["a@x.ca", "b@y.example"]);
    expect(mailtoLink(["a@x.ca", "b@y.example"], "S", "B")).toBe(
      "mailto:a@x.ca,b@y.example?subject=S&body=B",
    );
  });
});

test("the coordinator comes from a Paramètres row, whatever its exact label", () => {
  const coordinatorOf = (snapshot: WorkbookSnapshot) =>
    readWorkbook(snapshot, { today: R }).settings.coordinator;
  expect(coordinatorOf(snapshotOf("fr", "Julie Tremblay"))).toBe("Julie Tremblay");
  expect(coordinatorOf(snapshotOf("en", "Ann Smith"))).toBe("Ann Smith");
  expect(coordinatorOf(snapshotOf("fr"))).toBeUndefined();
});
