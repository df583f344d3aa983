/** A read-only text with a Copy button: the clipboard API, else the old copy command, else a hint. */
import { Button, Field, Textarea } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { usePane } from "../pane-context";
import { Notice } from "./notice";

export async function copyToClipboard(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Office webviews may refuse the clipboard API: try the selection below.
  }
  if (!fallback || typeof document.execCommand !== "function") return false;
  fallback.focus();
  fallback.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

export function CopyText({ label, value }: { label: string; value: string }) {
  const { text } = usePane();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean>();
  return (
    <>
      <Field label={label}>
        <Textarea ref={area} value={value} readOnly rows={10} resize="vertical" />
      </Field>
      <Button onClick={async () => setCopied(await copyToClipboard(value, area.current))}>
        {text.bilan.copy}
      </Button>
      {copied === undefined ? null : (
        <Notice
          notice={
            copied
              ? { intent: "success", text: text.bilan.copied }
              : { intent: "warning", text: text.bilan.copyFailed }
          }
        />
      )}
    </>
  );
}
