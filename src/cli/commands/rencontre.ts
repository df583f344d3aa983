/**
 * `plan-vivant rencontre FILE --instance NAME [--date AAAA-MM-JJ] [--invite PORTEUR]... [--json]
 * [-o OUT | --sur-place] [--remplacer] [--html FILE.html|-]`: prepares a meeting (the point statutaire
 * sized for the body, the actions to review by porteur); with -o or --sur-place, adds the meeting's row
 * to Rencontres (-o never replaces an existing file unless --remplacer, and keeps a macro-enabled
 * workbook .xlsm); with --html, writes the printable meeting sheet (meeting-html.ts).
 * Exit codes as `check`: 0, 1 when the data has errors, 2 when the workbook cannot be used.
 */
import { dayToIso, today } from "../../domain/dates";
import type { Lang } from "../../domain/lang";
import { itemLine, matchInstance, type Agenda } from "../../domain/meeting";
import type { Instance, Workbook } from "../../domain/model";
import { planMeeting, recordMeeting, type MeetingPlan } from "../../features/prepare-meeting";
import { meetingCliText } from "../../i18n/meeting-cli";
import { meetingText } from "../../i18n/meeting";
import { dateOption, fileArg, parse } from "../args";
import { CliError } from "../errors";
import { checkOutput, fromWorkbookError, REPLACE_OPTIONS, writeBytes } from "../files";
import { loadFile } from "../load";
import { checkMacroOutput } from "../macro-output";
import { meetingSheetText } from "../../i18n/meeting-sheet";
import { meetingDocument, recordedReflection } from "../../report/meeting-document";
import type { Command, Io } from "./command";
import { MEETING_HTML_OPTIONS, htmlTarget, writeDocumentHtml, type HtmlTarget } from "./meeting-html";

export const rencontre: Command = async (args, io) => {
  const lang0 = io.lang ?? "fr";
  const parsed = parse(
    args,
    {
      instance: { type: "string" },
      date: { type: "string" },
      invite: { type: "string", multiple: true },
      json: { type: "boolean" },
      o: { type: "string", short: "o" },
      sortie: { type: "string" },
      "sur-place": { type: "boolean" },
      langue: { type: "string" },
      ...REPLACE_OPTIONS,
      ...MEETING_HTML_OPTIONS,
    },
    lang0,
  );
  const file = fileArg(parsed, lang0);
  const html = await htmlTarget(parsed, file, meetingSheetText[lang0].cli, lang0);
  const date = dateOption(parsed, "date", lang0) ?? today(io.now);
  const loaded = await loadFile(file, { lang: io.lang, now: io.now });
  const lang = io.lang ?? loaded.wb.lang;
  const instance = instanceOption(loaded.wb, parsed.values.instance, lang);
  const invited = ((parsed.values.invite as unknown as string[] | undefined) ?? []).flatMap((v) =>
    v.split(","),
  );
  const plan = planMeeting(loaded.wb, { date, instance, invited: invited.map((v) => v.trim()), lang });

  const inPlace = Boolean(parsed.values["sur-place"]);
  const out = (parsed.values.o ?? parsed.values.sortie ?? (inPlace ? file : undefined)) as string | undefined;
  let recorded: string | undefined;
  if (out !== undefined) {
    const t = meetingCliText[lang];
    const replace = Boolean(parsed.values.remplacer);
    const mayReplace = await checkOutput(
      out,
      { inputs: [file], inPlace, replace, overInput: t.overInput },
      lang,
    );
    if (!inPlace || parsed.values.o !== undefined || parsed.values.sortie !== undefined)
      checkMacroOutput(out, file, loaded.macro, lang);
    let outcome;
    try {
      outcome = await recordMeeting(loaded.port, loaded.wb, plan);
    } catch (error) {
      throw fromWorkbookError(error, file, lang);
    }
    if (outcome === "added") {
      await writeBytes(out, loaded.port.bytes() as Uint8Array, lang, mayReplace);
      recorded = t.recorded(out);
    } else recorded = outcome === "exists" ? t.alreadyRecorded(file) : t.noRencontres(file);
  }
  if (html !== undefined) await writeMeetingSheet(html, loaded.wb, plan, io, lang);
  // With `--html -`, standard output holds the HTML file alone.
  if (html?.file !== "-")
    io.out(parsed.values.json ? JSON.stringify(meetingJson(plan), null, 2) : formatMeeting(plan, lang));
  if (recorded) io.err(recorded);
  return loaded.wb.problems.some((p) => p.severity === "error") ? 1 : 0;
};

/** The meeting sheet as an HTML file, with the reflection Rencontres holds for this meeting if any. */
async function writeMeetingSheet(target: HtmlTarget, wb: Workbook, plan: MeetingPlan, io: Io, lang: Lang) {
  const reflection = recordedReflection(wb, plan.agenda);
  const doc = meetingDocument(wb, plan, { lang, ...(reflection ? { reflection } : {}) });
  await writeDocumentHtml(target, doc, io, lang, meetingSheetText[lang].cli);
}

function instanceOption(wb: Workbook, value: unknown, lang: Lang): Instance {
  const t = meetingCliText[lang];
  if (typeof value !== "string" || value.trim() === "") throw new CliError(t.instanceMissing, 2);
  const match = matchInstance(wb.instances, value);
  if (match.ok) return match.instance;
  const names = match.candidates.map((c) => c.name).join(", ");
  throw new CliError(
    match.reason === "ambiguous" ? t.ambiguousInstance(value, names) : t.noInstance(value, names),
    2,
  );
}

/** The point statutaire; after a short one, the actions to review (the detailed one has them). */
export function formatMeeting(plan: MeetingPlan, lang: Lang): string {
  const { agenda } = plan;
  if (agenda.instance.text === "detailed") return plan.text;
  const lines = [plan.text, ""];
  if (agenda.items.length === 0) lines.push(meetingText[lang].nothingToReview);
  else lines.push(meetingCliText[lang].reviewHeading(agenda.items.length), ...reviewLines(agenda, lang));
  return lines.join("\n");
}

function reviewLines(agenda: Agenda, lang: Lang): string[] {
  const t = meetingText[lang];
  return agenda.groups.flatMap((g) => [
    `${g.porteur ?? t.noPorteur}${g.invited ? ` (${t.invited})` : ""}`,
    ...g.items.map((item) => `  - ${itemLine(item, lang)}`),
  ]);
}

/** `rencontre --json`: the meeting, its actions to review by porteur, the changes to note, the text. */
export function meetingJson(plan: MeetingPlan) {
  const { agenda } = plan;
  return {
    date: dayToIso(agenda.date),
    instance: agenda.instance,
    previousMeeting: agenda.previous?.date === undefined ? null : dayToIso(agenda.previous.date),
    groups: agenda.groups.map((g) => ({
      porteur: g.porteur,
      invited: g.invited,
      actions: g.items.map((i) => ({
        no: i.state.action.no,
        action: i.state.action.text,
        reasons: i.reasons,
        status: i.state.status,
        progress: i.state.progress ?? null,
        lastSuivi: i.state.lastSuivi ? dayToIso(i.state.lastSuivi.date) : null,
      })),
    })),
    changes: agenda.changes.map((c) => ({
      date: dayToIso(c.date),
      no: c.action,
      status: c.status,
      obstacles: c.obstacles ?? null,
    })),
    pointStatutaire: plan.text,
  };
}
