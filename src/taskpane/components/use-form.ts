/**
 * Form state shared by the action and suivi forms: values as typed, checks as you type
 * (shown once a field is touched, or all of them after a submit), focus on the first error.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { hasErrors, type FieldErrors, type FieldIssue } from "../../domain/forms/inputs";

export interface FormState<Input> {
  input: Input;
  set<K extends keyof Input & string>(field: K, value: Input[K]): void;
  reset(input: Input): void;
  /** The issue to show next to a field. */
  issue(field: keyof Input & string): FieldIssue | undefined;
  errors: FieldErrors<keyof Input & string>;
  /** Marks the form submitted; returns false (and moves focus to the first error) when it holds errors. */
  check(extra?: FieldErrors<keyof Input & string>): boolean;
  formRef: React.RefObject<HTMLFormElement>;
}

export function useForm<Input extends object>(
  initial: Input,
  validate: (input: Input) => FieldErrors<keyof Input & string>,
): FormState<Input> {
  type Field = keyof Input & string;
  const [input, setInput] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [extra, setExtra] = useState<FieldErrors<Field>>({});
  const [focusToken, setFocusToken] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const errors = useMemo(() => ({ ...validate(input), ...extra }), [validate, input, extra]);

  useEffect(() => {
    if (focusToken === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusToken]);

  const set = useCallback(<K extends Field>(field: K, value: Input[K]) => {
    setInput((prev) => ({ ...prev, [field]: value }));
    setTouched((prev) => new Set(prev).add(field));
    setExtra((prev) => {
      if (!(field in prev)) return prev;
      const next = { ...prev };
      delete next[field];
      return next;
    });
  }, []);

  const reset = useCallback((next: Input) => {
    setInput(next);
    setTouched(new Set());
    setSubmitted(false);
    setExtra({});
  }, []);

  const check = (more: FieldErrors<Field> = {}): boolean => {
    setSubmitted(true);
    setExtra(more);
    const all = { ...validate(input), ...more };
    if (!hasErrors(all)) return true;
    setFocusToken((t) => t + 1);
    return false;
  };

  const issue = (field: Field) => (submitted || touched.has(field) ? errors[field] : undefined);
  return { input, set, reset, issue, errors, check, formRef };
}
