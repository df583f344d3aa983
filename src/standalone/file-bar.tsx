/** The page's bar: the workbook open, open / example / empty / save, and the language switch. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { Lang } from "../domain/lang";
import { standaloneText } from "../i18n/standalone";
import type { StartKind } from "./workbook-file";
import { XLSX_TYPE } from "./download";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  file: { display: "flex", flexDirection: "column", marginRight: "auto", minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface Props {
  lang: Lang;
  fileName?: string;
  dirty: boolean;
  busy: boolean;
  onOpen(file: File): void;
  onStart(kind: StartKind): void;
  /** Absent while no workbook is open. */
  onSave?: () => void;
  onLanguage(): void;
}

export function FileBar({ lang, fileName, dirty, busy, onOpen, onStart, onSave, onLanguage }: Props) {
  const styles = useStyles();
  const t = standaloneText[lang];
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.bar} aria-label={t.fileRegion}>
      <div className={styles.file}>
        <Text weight="semibold" truncate wrap={false}>
          {fileName ? t.currentFile(fileName) : t.noFile}
        </Text>
        <Text size={200} role="status" className={dirty ? styles.dirty : undefined}>
          {dirty ? t.unsaved : t.dropHint}
        </Text>
      </div>
      <input
        ref={input}
        type="file"
        accept={`.xlsx,${XLSX_TYPE}`}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onOpen(file);
        }}
      />
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => input.current?.click()}>
          {t.open}
        </Button>
        <Button disabled={busy} onClick={() => onStart("demo")}>
          {t.demo}
        </Button>
        <Button disabled={busy} onClick={() => onStart("empty")}>
          {t.empty}
        </Button>
        <Button appearance="primary" disabled={busy || !onSave} onClick={onSave}>
          {t.save}
        </Button>
        <Button
          appearance="subtle"
          lang={lang === "fr" ? "en" : "fr-CA"}
          title={t.switchLanguageLabel}
          onClick={onLanguage}
        >
          {t.switchLanguage}
        </Button>
      </div>
    </section>
  );
}
