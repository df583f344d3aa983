/** A message for the person (success, warning, error), announced to screen readers. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface NoticeValue {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  title?: string;
}

export function Notice({ notice }: { notice: NoticeValue | undefined }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} politeness={notice.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
        {notice.text}
      </MessageBarBody>
    </MessageBar>
  );
}
