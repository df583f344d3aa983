import { fileErrorMessage, filesText } from "../../src/i18n/files";

test("every file error has a French and an English message naming the file", () => {
  const codes = Object.keys(filesText.fr) as (keyof typeof filesText.fr)[];
  expect(Object.keys(filesText.en).sort()).toEqual([...codes].sort());
  for (const code of ["not-found", "not-xlsx", "unreadable", "write-refused", "exists"] as const) {
    expect(fileErrorMessage(code, "fr", { file: "plan.xlsx" })).toContain("plan.xlsx");
    expect(fileErrorMessage(code, "en", { file: "plan.xlsx" })).toContain("plan.xlsx");
  }
  expect(fileErrorMessage("not-xlsx", "fr")).toBe(
    "Ce fichier n'est pas un classeur Excel (.xlsx). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format « Classeur Excel (.xlsx) ».",
  );
  expect(fileErrorMessage("unreadable", "en", { cause: "bad xml" })).toMatch(/Detail: bad xml$/);
});
