import { useEffect, useId, useRef, useState } from 'react';
import { ATTRIBUTION } from './map-config';
import {
  DATA_LICENCES,
  LICENCE_TEXT_TITLE,
  SOFTWARE_LICENCES,
  type LicenceNotice,
  type LicenceTextKey,
} from './licences';

function Notices({ items }: { items: LicenceNotice[] }) {
  return (
    <dl className="licences__list">
      {items.map((item) => (
        <div key={item.what} className="licences__item">
          <dt>{item.what}</dt>
          <dd>
            <strong>{item.licence}.</strong> {item.notice}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const TEXT_KEYS = [
  ...new Set([...DATA_LICENCES, ...SOFTWARE_LICENCES].flatMap((l) => (l.text ? [l.text] : []))),
];

/** The "Licences" button and its modal dialog (native <dialog>: focus trap, Escape, focus return). */
export function LicencesDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [texts, setTexts] = useState<Record<LicenceTextKey, string> | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open || texts) return;
    let live = true;
    import('./licence-texts').then((m) => live && setTexts(m.LICENCE_TEXTS)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [open, texts]);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const onClose = () => {
      setOpen(false);
      opener.current?.focus();
    };
    el.addEventListener('close', onClose);
    return () => el.removeEventListener('close', onClose);
  }, []);

  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
      >
        Licences
      </button>
      <dialog ref={dialog} className="licences" aria-labelledby={titleId}>
        <div className="licences__header">
          <h3 id={titleId}>Map data and software licences</h3>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p>
          The map shows: <q>{ATTRIBUTION}</q>. It needs no network; these notices and the licence texts are
          part of the app.
        </p>
        <h4>Map data</h4>
        <Notices items={DATA_LICENCES} />
        <h4>Software</h4>
        <Notices items={SOFTWARE_LICENCES} />
        <h4>Full licence texts</h4>
        {open && !texts ? <p role="status">Loading the licence texts…</p> : null}
        {texts &&
          TEXT_KEYS.map((key) => (
            <details key={key} className="licences__text">
              <summary>{LICENCE_TEXT_TITLE[key]}</summary>
              <pre>{texts[key]}</pre>
            </details>
          ))}
      </dialog>
    </>
  );
}
