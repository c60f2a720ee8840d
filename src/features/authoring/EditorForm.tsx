import type { ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { FormMessage } from './Field';

interface Props {
  title: string;
  onClose: () => void;
  /** What the save button says: "Add the claim". */
  submitLabel: string;
  onSubmit: () => void;
  /** Whether saving was tried while fields have problems (each is named at its field). */
  invalid: boolean;
  /** Why the change was refused as a whole, when it was. */
  refusal: string | null;
  wide?: boolean;
  children: ReactNode;
}

/** Every editing form: a dialog, its fields, what stops it being saved, Save and Cancel. */
export function EditorForm({
  title,
  onClose,
  submitLabel,
  onSubmit,
  invalid,
  refusal,
  wide,
  children,
}: Props) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      className={`authoring-dialog${wide ? ' authoring-dialog--wide' : ''}`}
    >
      <form
        className="authoring-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <FormMessage
          message={refusal ?? (invalid ? 'Some fields need attention: see the messages above.' : null)}
        />
        <div className="authoring-form__actions">
          <button type="submit" className="primary">
            {submitLabel}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
