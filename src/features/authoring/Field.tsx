import { useId, type ReactNode } from 'react';

export interface FieldProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  label: string;
  /** The problem with this field's value, said at the field as the analyst types. */
  error?: string | null | undefined;
  hint?: ReactNode;
  children: (props: FieldProps) => ReactNode;
  className?: string;
}

/** A labelled form field whose problem and hint are tied to the control for screen readers. */
export function Field({ label, error, hint, children, className }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The form's own message (a refusal of the whole change), read out when it appears. */
export function FormMessage({ message }: { message: string | null }) {
  return (
    <p role="alert" className={message ? 'form-message' : 'visually-hidden'}>
      {message ?? ''}
    </p>
  );
}
