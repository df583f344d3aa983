/** Mistyped arguments are told in the user's language, naming the option, never in Node's English. */
import { parse, type Options } from "../../src/cli/args";

const OPTIONS: Options = {
  date: { type: "string" },
  remplacer: { type: "boolean" },
  output: { type: "string", short: "o" },
};

function fault(args: string[], lang: "fr" | "en" = "fr"): string {
  try {
    parse(args, OPTIONS, lang);
  } catch (error) {
    expect((error as { exitCode?: number }).exitCode).toBe(2);
    return (error as Error).message;
  }
  throw new Error("the arguments were accepted");
}

test.each([
  [["f.xlsx", "-x"], "l'option « -x » n'existe pas pour cette commande"],
  [["f.xlsx", "--sortie=a.xlsx"], "l'option « --sortie » n'existe pas pour cette commande"],
  [["f.xlsx", "--date"], "il manque la valeur de l'option « --date »"],
  [["f.xlsx", "-o", "--remplacer"], "il manque la valeur de l'option « -o »"],
  [["f.xlsx", "--remplacer=oui"], "l'option « --remplacer » ne prend pas de valeur"],
])("%j: %s", (args, detail) => {
  const message = fault(args);
  expect(message).toBe(`Commande incomplète ou mal écrite : ${detail}. Tapez « plan-vivant --aide ».`);
  expect(message).not.toMatch(/Unknown|argument|positional/);
});

test("in English too", () => {
  expect(fault(["f.xlsx", "-x"], "en")).toBe(
    'Incomplete or mistyped command: this command has no option "-x". Type "plan-vivant --help".',
  );
});

test("what follows -- is not an option", () => {
  expect(parse(["--", "-x.xlsx"], OPTIONS, "fr").positionals).toEqual(["-x.xlsx"]);
});
