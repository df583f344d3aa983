/** The `plan-vivant` command: parse the command name, run it, turn failures into one line and an exit code. */
import { cliText } from "../i18n/cli";
import { langOption } from "./args";
import { adopter } from "./commands/adopter";
import { bilan } from "./commands/bilan";
import { check } from "./commands/check";
import type { Command, Io } from "./commands/command";
import { consolider } from "./commands/consolider";
import { relancesCommand } from "./commands/relances";
import { demo, init } from "./commands/create";
import { finDePlan } from "./commands/fin-de-plan";
import { nouveauPlan } from "./commands/nouveau-plan";
import { rencontre } from "./commands/rencontre";
import { CliError } from "./errors";
import { fromWorkbookError } from "./files";
import { lastResort } from "./last-resort";

const COMMANDS: Record<string, Command> = {
  init,
  demo,
  check,
  bilan,
  consolider,
  adopter,
  relances: relancesCommand,
  rencontre,
  "fin-de-plan": finDePlan,
  "nouveau-plan": nouveauPlan,
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
  const command = COMMANDS[name];
  if (!command) {
    ctx.err(cliText[lang].badArgs(name));
    return 2;
  }
  const file = args.find((a) => !a.startsWith("-")) ?? name;
  try {
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
