import { useState } from 'react';
import type { z } from 'zod';
import { Dialog } from '../../components/Dialog';
import { PLACE_KIND_LABEL } from '../../data/labels';
import { useDataset } from '../../data/dataset-context';
import { savePlace, type PlaceFields } from '../../data/edit';
import { PlaceKindSchema, PlaceSchema } from '../../data/schema';
import { takePlaceDraft, useEditingStore } from '../../state/editing';
import { Field, FormMessage } from './Field';
import { useEditor } from './use-editor';
import { useForm } from './use-form';

type Values = Record<
  'name' | 'kind' | 'lat' | 'lon' | 'precision' | 'radiusKm' | 'coordinateSource' | 'note',
  string
>;

const num = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));

function placeFields(v: Values): PlaceFields {
  return {
    name: v.name,
    ...(v.kind ? { kind: v.kind as 'other' } : {}),
    lat: num(v.lat) as number,
    lon: num(v.lon) as number,
    precision:
      v.precision === 'approximate'
        ? { kind: 'approximate', radiusKm: num(v.radiusKm) as number }
        : { kind: 'exact' },
    ...(v.coordinateSource.trim() ? { coordinateSource: v.coordinateSource } : {}),
    ...(v.note.trim() ? { note: v.note } : {}),
  };
}

/** Coordinates typed as words the schema cannot word well: "north of 90" is clearer than "too large". */
function coordinateProblems(v: Values): Map<string, string> {
  const out = new Map<string, string>();
  const check = (key: 'lat' | 'lon', max: number) => {
    const n = num(v[key]);
    if (v[key].trim() === '') out.set(key, 'must not be empty: type it, or pick the point on the map');
    else if (n === undefined || Number.isNaN(n))
      out.set(key, 'must be a number in decimal degrees, such as 51.73');
    else if (Math.abs(n) > max) out.set(key, `must lie between −${max} and ${max} degrees`);
  };
  check('lat', 90);
  check('lon', 180);
  if (v.precision === 'approximate' && v.radiusKm.trim() === '') {
    out.set('precision.radiusKm', 'must not be empty: how far the place may be from the point, in km');
  }
  return out;
}

/** A place: typed coordinates or a point picked on the map; exact, or approximate with a radius. */
export function PlaceDialog({ id, onClose }: { id?: string; onClose: () => void }) {
  const dataset = useDataset();
  const { apply } = useEditor();
  const startPicking = useEditingStore((s) => s.startPicking);
  const existing = id ? dataset.places.find((p) => p.id === id) : undefined;
  const [draft] = useState(takePlaceDraft);
  const form = useForm<Values>(
    {
      name: existing?.name ?? '',
      kind: existing?.kind ?? '',
      lat: existing ? String(existing.lat) : '',
      lon: existing ? String(existing.lon) : '',
      precision: existing?.precision.kind ?? 'exact',
      radiusKm: existing?.precision.kind === 'approximate' ? String(existing.precision.radiusKm) : '',
      coordinateSource: existing?.coordinateSource ?? '',
      note: existing?.note ?? '',
      ...(draft?.values as Partial<Values> | undefined),
    },
    PlaceSchema as z.ZodType,
    (v) => ({ ...placeFields(v), id: 'new' }),
    coordinateProblems,
  );
  const { values, set, error } = form;
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <Dialog
      title={existing ? `Edit place “${existing.name}”` : 'Add place'}
      onClose={onClose}
      className="authoring-dialog"
    >
      <form
        className="authoring-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.tryToSave();
          if (form.problems.size > 0) return;
          const fields = placeFields(values);
          const result = apply(existing ? `Edit place “${fields.name}”` : `Add place “${fields.name}”`, (d) =>
            savePlace(d, fields, existing?.id),
          );
          if (result.ok) onClose();
          else setRefusal(result.message);
        }}
      >
        <div className="authoring-form__row">
          <Field label="Name" error={error('name')}>
            {(p) => <input {...p} value={values.name} onChange={(e) => set('name', e.target.value)} />}
          </Field>
          <Field label="Kind (optional)" error={error('kind')}>
            {(p) => (
              <select {...p} value={values.kind} onChange={(e) => set('kind', e.target.value)}>
                <option value="">unknown</option>
                {PlaceKindSchema.options.map((k) => (
                  <option key={k} value={k}>
                    {PLACE_KIND_LABEL[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="authoring-form__row">
          <Field label="Latitude" error={error('lat')} hint="Decimal degrees, north positive.">
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={values.lat}
                onChange={(e) => set('lat', e.target.value)}
              />
            )}
          </Field>
          <Field label="Longitude" error={error('lon')} hint="Decimal degrees, east positive.">
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={values.lon}
                onChange={(e) => set('lon', e.target.value)}
              />
            )}
          </Field>
          <div className="field field--button">
            <button
              type="button"
              onClick={() => startPicking({ ...(existing ? { id: existing.id } : {}), values })}
            >
              Pick the point on the map
            </button>
          </div>
        </div>
        <div className="authoring-form__row">
          <Field label="Precision" error={error('precision', 'precision.kind')}>
            {(p) => (
              <select {...p} value={values.precision} onChange={(e) => set('precision', e.target.value)}>
                <option value="exact">exact (a point)</option>
                <option value="approximate">approximate (an area around the point)</option>
              </select>
            )}
          </Field>
          {values.precision === 'approximate' ? (
            <Field label="Radius (km)" error={error('radiusKm', 'precision.radiusKm')}>
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={values.radiusKm}
                  onChange={(e) => set('radiusKm', e.target.value)}
                />
              )}
            </Field>
          ) : null}
        </div>
        <Field label="Where the coordinates come from (optional)" error={error('coordinateSource')}>
          {(p) => (
            <input
              {...p}
              value={values.coordinateSource}
              onChange={(e) => set('coordinateSource', e.target.value)}
            />
          )}
        </Field>
        <FormMessage
          message={
            refusal ??
            (form.tried && form.problems.size > 0
              ? 'Some fields need attention: see the messages above.'
              : null)
          }
        />
        <div className="authoring-form__actions">
          <button type="submit" className="primary">
            {existing ? 'Save the place' : 'Add the place'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
