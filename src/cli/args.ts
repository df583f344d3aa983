/** Command-line arguments: one command, one file, options in French as documented. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { dayFromIso, type Day } from "../domain/dates";
import { isLang, type Lang } from "../domain/lang";
import { cliText } from "../i18n/cli";
import { CliError } from "./errors";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export function parse(args: string[], options: Options, lang: Lang): Parsed {
  try {
    const { positionals, values } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { positionals, values: values as Parsed["values"] };
  } catch (error) {
    throw new CliError(cliText[lang].badArgs(argFault(args, options, error, lang)), 2);
  }
}

/** What is wrong with the arguments, in the user's language (Node's own text is English). */
function argFault(args: string[], options: Options, error: unknown, lang: Lang): string {
  const t = cliText[lang];
  const code = (error as { code?: string }).code;
  const spec = (arg: string) => {
    const name = arg.replace(/^--?/, "").split("=")[0];
    return arg.startsWith("--") ? options[name] : Object.values(options).find((o) => o.short === name);
  };
  const flags = args.slice(0, args.includes("--") ? args.indexOf("--") : args.length);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const unknown = flags.find((a) => a.startsWith("-") && a !== "-" && !spec(a));
    if (unknown) return t.unknownOption(unknown.split("=")[0]);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const missing = flags.find(
      (a, i) => !a.includes("=") && spec(a)?.type === "string" && (flags[i + 1] ?? "-").startsWith("-"),
    );
    if (missing) return t.missingValue(missing);
    const given = flags.find((a) => a.includes("=") && spec(a)?.type === "boolean");
    if (given) return t.noValue(given.split("=")[0]);
  }
  return t.unexpectedArgs;
}

/** The one file a command works on. */
export function fileArg(parsed: Parsed, lang: Lang): string {
  if (parsed.positionals.length !== 1) {
    const detail =
      parsed.positionals.length === 0
        ? lang === "fr"
          ? "il manque le fichier"
          : "the file is missing"
        : parsed.positionals.slice(1).join(" ");
    throw new CliError(cliText[lang].badArgs(detail), 2);
  }
  return parsed.positionals[0];
}

export function dateOption(parsed: Parsed, name: string, lang: Lang): Day | undefined {
  const value = parsed.values[name];
  if (value === undefined) return undefined;
  const day = typeof value === "string" ? dayFromIso(value) : undefined;
  if (day === undefined) throw new CliError(cliText[lang].badDate(name, String(value)), 2);
  return day;
}

export function choiceOption<T extends string>(
  parsed: Parsed,
  name: string,
  choices: readonly T[],
  lang: Lang,
): T | undefined {
  const value = parsed.values[name];
  if (value === undefined) return undefined;
  const found = choices.find((c) => c.toLowerCase() === String(value).toLowerCase());
  if (!found) throw new CliError(cliText[lang].badChoice(name, String(value), choices.join(", ")), 2);
  return found;
}

/** The language asked for with --langue, looked for before anything else so every message uses it. */
export function langOption(args: string[]): Lang | undefined {
  const i = args.findIndex((a) => a === "--langue" || a.startsWith("--langue="));
  if (i < 0) return undefined;
  const value = args[i].includes("=") ? args[i].split("=")[1] : args[i + 1];
  return isLang(value) ? value : undefined;
}
