/** A message for the person (success, warning, error), announced to screen readers. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";

// A long word (a file or sheet name, an address) wraps rather than widening the narrow pane.
const useStyles = makeStyles({ body: { minWidth: 0, overflowWrap: "anywhere" } });

export interface NoticeValue {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  title?: string;
}

export function Notice({ notice }: { notice: NoticeValue | undefined }) {
  const styles = useStyles();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} politeness={notice.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody className={styles.body}>
        {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
        {notice.text}
      </MessageBarBody>
    </MessageBar>
  );
}
