/** Errors of the package editor: a reason a program can test and a message a person can act on. */
import { WorkbookError } from "../../port";
import type { Lang } from "../../../domain/lang";
import { xlsxPackageText } from "../../../i18n/xlsx-package";

export type PackageErrorReason =
  | "not-a-package"
  | "missing-part"
  | "sheet-not-found"
  | "table-not-found"
  | "table-has-totals"
  | "cells-not-empty"
  | "shared-formula"
  | "unsupported-xml";

type Params = Partial<Record<"part" | "sheet" | "table" | "range" | "cell", string>>;

const CODES: Record<PackageErrorReason, WorkbookError["code"]> = {
  "not-a-package": "not-xlsx",
  "missing-part": "unreadable",
  "sheet-not-found": "not-found",
  "table-not-found": "missing-table",
  "table-has-totals": "write-refused",
  "cells-not-empty": "write-refused",
  "shared-formula": "write-refused",
  "unsupported-xml": "unreadable",
};

export function packageMessage(reason: PackageErrorReason, params: Params, lang: Lang): string {
  const t = xlsxPackageText[lang];
  const p = { part: "", sheet: "", table: "", range: "", cell: "", ...params };
  switch (reason) {
    case "not-a-package":
      return t.notAPackage;
    case "missing-part":
      return t.missingPart(p);
    case "sheet-not-found":
      return t.sheetNotFound(p);
    case "table-not-found":
      return t.tableNotFound(p);
    case "table-has-totals":
      return t.tableHasTotals(p);
    case "cells-not-empty":
      return t.cellsNotEmpty(p);
    case "shared-formula":
      return t.sharedFormula(p);
    case "unsupported-xml":
      return t.unsupportedXml(p);
  }
}

/**
 * The message is French (the users' language); `messageIn(lang)` gives it in either language.
 * `params` holds the names at fault (`table`, `sheet`, `range`, `cell`, `part`) and `reason`.
 */
export class PackageError extends WorkbookError {
  constructor(
    readonly reason: PackageErrorReason,
    params: Params,
  ) {
    super(packageMessage(reason, params, "fr"), CODES[reason], { ...params, reason } as Record<
      string,
      string
    >);
    this.name = "PackageError";
  }

  messageIn(lang: Lang): string {
    return packageMessage(this.reason, this.params as Params, lang);
  }
}
