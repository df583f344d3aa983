import { writeFileSync } from "node:fs";
import path from "node:path";
import { dayFromIso } from "../../src/domain/dates";
import { demoData, demoOptions } from "../../src/domain/demo";
import { templatePlan } from "../../src/domain/layout/template";
import type { Relances } from "../../src/domain/relances";
import { writeXlsx } from "../../src/workbook/xlsx/write";
import { run, tempDir } from "./run";

const dir = tempDir();
const demo = path.join(dir, "demo.xlsx");
const signed = path.join(dir, "signe.xlsx");

beforeAll(async () => {
  expect((await run(["demo", demo])).code).toBe(0);
  // The same demo with a coordinator row typed into Paramètres and a follow-up for no action.
  const today = dayFromIso("2026-11-26") as number;
  const data = demoData(today, "fr");
  data.suivis = [...(data.suivis ?? []), { date: today - 1, action: "99.9", status: "in-progress" }];
  const plan = templatePlan(demoOptions(today, "fr"), data);
  plan.sheets[0].tables[0].rows.push(["Coordonnatrice du plan", "Julie Tremblay"]);
  writeFileSync(signed, await writeXlsx(plan));
});

test("text: grouped by porteur, with the message, the address or why there is none", async () => {
  const r = await run(["relances", demo, "--date", "2026-11-26"]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^Plan vivant : relances des porteurs au 2026-11-26$/m);
  expect(r.out).toMatch(
    /^== Service de sécurité incendie \(\d+ actions?\) ==\nÀ : incendie@saint-clement\.example$/m,
  );
  expect(r.out).toMatch(/^Lien : mailto:incendie@saint-clement\.example\?subject=/m);
  expect(r.out).toMatch(
    /^== Service de l'environnement \(\d+ actions?\) ==\nAucune adresse courriel : « Service de l'environnement » ne figure pas/m,
  );
  expect(r.out).toContain("Bonjour François Pelletier,");
  expect(r.out).toContain(
    "Cordialement,\nJulie Tremblay\nCoordonnatrice du plan PFM-MADA, Service des loisirs",
  );
});

test("--json: one object, mailto only with an address, figures matching check", async () => {
  const r = await run(["relances", demo, "--json", "--date", "2026-11-26"]);
  expect(r.code).toBe(0);
  const result = JSON.parse(r.out) as Relances;
  expect(result.referenceDate).toBe("2026-11-26");
  const check = JSON.parse((await run(["check", demo, "--json", "--date", "2026-11-26"])).out) as {
    flags: { action: string; kind: string }[];
  };
  const expected = check.flags.filter((f) => f.kind !== "blocked").map((f) => `${f.action}:${f.kind}`);
  const listed = [...result.relances.flatMap((x) => x.actions), ...result.withoutPorteur].map(
    (a) => `${a.action}:${a.kind}`,
  );
  expect(listed.sort()).toEqual(expected.sort());
  for (const relance of result.relances) {
    expect(typeof relance.subject).toBe("string");
    expect(relance.body.length).toBeGreaterThan(100);
    if (relance.email) expect(relance.mailto).toMatch(/^mailto:[^?]+@[^?]+\?subject=[^&]+&body=/);
    else expect(relance.mailto).toBeUndefined();
  }
  expect(result.relances.some((x) => x.mailto)).toBe(true);
  expect(result.relances.some((x) => !x.mailto && x.noEmail?.reason === "no-contact")).toBe(true);
});

test("English on request, signed by the coordinator, exit 1 when the data has errors", async () => {
  const r = await run(["relances", signed, "--date", "2026-11-26", "--langue", "en"]);
  expect(r.code).toBe(1);
  expect(r.out).toContain("Plan vivant: reminders to leads as of 2026-11-26");
  expect(r.out).toContain(
    "Best regards,\nJulie Tremblay\nCoordonnatrice du plan PFM-MADA, Service des loisirs",
  );
  expect(r.out).toContain("Hello François Pelletier,");
});

test("an unusable file: exit 2 and one line", async () => {
  const bad = path.join(dir, "texte.xlsx");
  writeFileSync(bad, "pas un classeur");
  const r = await run(["relances", bad]);
  expect(r).toMatchObject({ code: 2, out: "" });
  expect(r.err.split("\n")).toHaveLength(1);
  expect(r.err).toContain("texte.xlsx");
});
