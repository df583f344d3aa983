/** The `plan-vivant` command: parse the command name, run it, turn failures into one line and an exit code. */
import { cliText } from "../i18n/cli";
import { langOption } from "./args";
import type { Command, Io } from "./commands/command";
import { CliError } from "./errors";
import { fromWorkbookError } from "./files";
import { lastResort } from "./last-resort";

/**
 * Each command's module, loaded when the command runs: a command loads only what it uses (the
 * HTML bilan's React renderer, say, is loaded by `bilan` alone), which starts every command sooner.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import("./commands/create")).init,
  demo: async () => (await import("./commands/create")).demo,
  check: async () => (await import("./commands/check")).check,
  bilan: async () => (await import("./commands/bilan")).bilan,
  consolider: async () => (await import("./commands/consolider")).consolider,
  adopter: async () => (await import("./commands/adopter")).adopter,
  relances: async () => (await import("./commands/relances")).relancesCommand,
  rencontre: async () => (await import("./commands/rencontre")).rencontre,
  "fin-de-plan": async () => (await import("./commands/fin-de-plan")).finDePlan,
  "nouveau-plan": async () => (await import("./commands/nouveau-plan")).nouveauPlan,
};

export async function main(argv: string[], io: Partial<Io> = {}): Promise<number> {
  const ctx: Io = {
    out: io.out ?? ((text) => process.stdout.write(`${text}\n`)),
    err: io.err ?? ((text) => process.stderr.write(`${text}\n`)),
    lang: io.lang ?? langOption(argv),
    now: io.now,
  };
  const lang = ctx.lang ?? "fr";
  const [name, ...args] = argv;
  if (name === undefined || ["--aide", "--help", "-h", "aide", "help"].includes(name)) {
    ctx.out(cliText[lang].usage);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    ctx.err(cliText[lang].badArgs(name));
    return 2;
  }
  const file = args.find((a) => !a.startsWith("-")) ?? name;
  try {
    const command = await load();
    return await command(args, ctx);
  } catch (caught) {
    // A host's refusal that escaped its command still names the file and the cause.
    const error = fromWorkbookError(caught, file, lang);
    if (error instanceof CliError) {
      ctx.err(error.message);
      return error.exitCode;
    }
    ctx.err(lastResort({ error, argv, file, lang }));
    return 2;
  }
}
