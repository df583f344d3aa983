/** What the page shows before a workbook is open. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../domain/lang";
import { standaloneText } from "../i18n/standalone";

const useStyles = makeStyles({
  welcome: {
    maxWidth: "640px",
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    "& > *": { margin: 0 },
  },
});

export function Welcome({ lang }: { lang: Lang }) {
  const styles = useStyles();
  const t = standaloneText[lang];
  return (
    <main className={styles.welcome}>
      <Text as="h1" size={800} weight="semibold">
        {t.productName}
      </Text>
      <Text as="h2" size={500}>
        {t.welcomeTitle}
      </Text>
      <Text as="p">{t.welcome}</Text>
      <Text as="p">{t.dropHint}</Text>
      <Text as="p" size={200}>
        {t.privacy}
      </Text>
    </main>
  );
}
