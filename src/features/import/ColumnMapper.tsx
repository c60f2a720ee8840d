import { useId, useState } from 'react';
import { mappingProblems } from '../../data/table-convert';
import {
  CUSTOM_MAPPING,
  FIELD_INFO,
  PRESETS,
  TABLE_FIELDS,
  fitMapping,
  type TableField,
  type TableMapping,
} from '../../data/table-mapping';
import { MAPPING_NAME_MAX, useSavedMappings } from '../../state/saved-mappings';
import { FieldFormat } from './FieldFormat';

interface Props {
  headers: string[];
  mapping: TableMapping;
  onChange: (mapping: TableMapping) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

/** Which column fills which field: a preset or a saved mapping fills it all, each field can be changed. */
export function ColumnMapper({ headers, mapping, onChange, onSubmit, onCancel }: Props) {
  const saved = useSavedMappings((s) => s.saved);
  const notKept = useSavedMappings((s) => s.problem);
  const saveMapping = useSavedMappings((s) => s.save);
  const [saveName, setSaveName] = useState('');
  /** The name the last mapping was saved under here: its note says whether this browser kept it. */
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const hintPrefix = useId();
  const problems = mappingProblems(mapping, headers);

  const choosePreset = (id: string) => {
    const preset = PRESETS.find((p) => p.id === id);
    onChange(fitMapping(preset ? preset.mapping : CUSTOM_MAPPING, headers));
  };
  const chooseSaved = (name: string) => {
    const found = saved.find((s) => s.name === name);
    if (found) onChange(fitMapping(found.mapping, headers));
  };
  const setColumn = (field: TableField, header: string) => {
    const others = Object.entries(mapping.columns).filter(([f]) => f !== field);
    onChange({ ...mapping, columns: Object.fromEntries(header ? [...others, [field, header]] : others) });
  };
  const save = () => setSavedAs(saveMapping(saveName, mapping));

  return (
    <form
      className="column-mapper"
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.length === 0) onSubmit();
      }}
    >
      <div className="column-mapper__presets">
        <label>
          Preset
          <select value={mapping.preset} onChange={(e) => choosePreset(e.currentTarget.value)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            <option value="custom">Custom mapping</option>
          </select>
        </label>
        {saved.length > 0 ? (
          <label>
            Saved mapping
            <select value="" onChange={(e) => chooseSaved(e.currentTarget.value)}>
              <option value="">Choose…</option>
              {saved.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <table className="column-mapper__fields">
        <caption>Columns for each field</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {TABLE_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{FIELD_INFO[field].label}</th>
              <td>
                <select
                  aria-label={`Column for ${FIELD_INFO[field].label}`}
                  aria-describedby={`${hintPrefix}-${field}`}
                  value={mapping.columns[field] ?? ''}
                  onChange={(e) => setColumn(field, e.currentTarget.value)}
                >
                  <option value="">— not mapped —</option>
                  {headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
                <span id={`${hintPrefix}-${field}`} className="column-mapper__hint">
                  {FIELD_INFO[field].hint}
                </span>
              </td>
              <td>
                <FieldFormat field={field} mapping={mapping} onChange={onChange} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="column-mapper__save">
        <label>
          Save this mapping as
          <input
            value={saveName}
            onChange={(e) => setSaveName(e.currentTarget.value)}
            maxLength={MAPPING_NAME_MAX}
          />
        </label>
        <button type="button" onClick={save} disabled={saveName.trim() === ''}>
          Save mapping
        </button>
        <span role="status">{savedAs === null ? '' : (notKept ?? `Saved as “${savedAs}”.`)}</span>
      </div>
      {problems.length > 0 ? (
        <ul className="column-mapper__problems" aria-label="Before reading the rows">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="table-import__actions">
        <button type="submit" disabled={problems.length > 0}>
          Read all rows
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
