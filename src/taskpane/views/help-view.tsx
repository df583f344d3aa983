/** Aide: what Plan vivant does with the workbook, and the compatibility check of Excel. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { compatText } from "../../i18n/compat";
import { usePane } from "../pane-context";
import { CompatCheck } from "./compat-check";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function HelpView() {
  const { port, lang } = usePane();
  const t = compatText[lang];
  const styles = useStyles();
  return (
    <div className={styles.column}>
      <Text as="h2" size={400} weight="semibold">
        {t.helpTitle}
      </Text>
      <Text>{t.helpIntro}</Text>
      <CompatCheck port={port} lang={lang} />
    </div>
  );
}
