import { useState } from 'react';
import type { z } from 'zod';
import { useDataset } from '../../data/dataset-context';
import { savePlace, type PlaceFields } from '../../data/edit';
import { PLACE_KIND_LABEL } from '../../data/labels';
import { PlaceKindSchema, PlaceSchema } from '../../data/schema';
import { takePlaceDraft, useEditingStore } from '../../state/editing';
import { EditorForm } from './EditorForm';
import { SelectField, TextField } from './fields';
import { useEditor } from './use-editor';
import { useForm } from './use-form';

type Values = Record<
  'name' | 'kind' | 'lat' | 'lon' | 'precision' | 'radiusKm' | 'coordinateSource' | 'note',
  string
>;

const num = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));
const KIND_OPTIONS = PlaceKindSchema.options.map((value) => ({ value, label: PLACE_KIND_LABEL[value] }));
const PRECISION_OPTIONS = [
  { value: 'exact', label: 'exact (a point)' },
  { value: 'approximate', label: 'approximate (an area around the point)' },
];

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

/** Coordinates typed as words the schema cannot word well: "between −90 and 90" is clearer than "too large". */
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
  const { values, set, error, bind } = form;
  const [refusal, setRefusal] = useState<string | null>(null);
  const save = () => {
    form.tryToSave();
    if (form.problems.size > 0) return;
    const fields = placeFields(values);
    const label = existing ? `Edit place “${fields.name}”` : `Add place “${fields.name}”`;
    const result = apply(label, (d) => savePlace(d, fields, existing?.id));
    if (result.ok) onClose();
    else setRefusal(result.message);
  };
  return (
    <EditorForm
      title={existing ? `Edit place “${existing.name}”` : 'Add place'}
      onClose={onClose}
      submitLabel={existing ? 'Save the place' : 'Add the place'}
      onSubmit={save}
      invalid={form.tried && form.problems.size > 0}
      refusal={refusal}
    >
      <div className="authoring-form__row">
        <TextField label="Name" value={values.name} onChange={(v) => set('name', v)} error={error('name')} />
        <SelectField
          label="Kind (optional)"
          value={values.kind}
          onChange={(v) => set('kind', v)}
          options={KIND_OPTIONS}
          empty="unknown"
          error={error('kind')}
        />
      </div>
      <div className="authoring-form__row">
        <TextField
          label="Latitude"
          {...bind('lat')}
          hint="Decimal degrees, north positive."
          inputMode="decimal"
        />
        <TextField
          label="Longitude"
          {...bind('lon')}
          hint="Decimal degrees, east positive."
          inputMode="decimal"
        />
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
        <SelectField
          label="Precision"
          value={values.precision}
          onChange={(v) => set('precision', v)}
          options={PRECISION_OPTIONS}
          error={error('precision', 'precision.kind')}
        />
        {values.precision === 'approximate' ? (
          <TextField label="Radius (km)" {...bind('radiusKm', 'precision.radiusKm')} inputMode="decimal" />
        ) : null}
      </div>
      <TextField label="Where the coordinates come from (optional)" {...bind('coordinateSource')} />
    </EditorForm>
  );
}
