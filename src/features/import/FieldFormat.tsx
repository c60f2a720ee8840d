import {
  DATE_FORMAT_LABEL,
  DATE_PRECISION_CODE_LABEL,
  LOCATION_PRECISION_CODE_LABEL,
  type DateFormat,
  type DatePrecisionCode,
  type LocationPrecisionCode,
  type TableField,
  type TableMapping,
} from '../../data/table-mapping';

interface Props {
  field: TableField;
  mapping: TableMapping;
  onChange: (mapping: TableMapping) => void;
}

function Choice<T extends string>(props: {
  label: string;
  value: T;
  labels: Record<T, string>;
  onChange: (value: T) => void;
}) {
  return (
    <select
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value as T)}
    >
      {(Object.keys(props.labels) as T[]).map((k) => (
        <option key={k} value={k}>
          {props.labels[k]}
        </option>
      ))}
    </select>
  );
}

/** The per-column reading of a field that needs one: date formats, precision codes, the list separator. */
export function FieldFormat({ field, mapping, onChange }: Props) {
  if (!mapping.columns[field]) return null;
  switch (field) {
    case 'date':
    case 'endDate': {
      const key = field === 'date' ? 'dateFormat' : 'endDateFormat';
      return (
        <Choice<DateFormat>
          label={`Date format of ${mapping.columns[field]}`}
          value={mapping[key]}
          labels={DATE_FORMAT_LABEL}
          onChange={(v) => onChange({ ...mapping, [key]: v })}
        />
      );
    }
    case 'datePrecision':
      return (
        <Choice<DatePrecisionCode>
          label={`Codes of ${mapping.columns[field]}`}
          value={mapping.datePrecisionCode}
          labels={DATE_PRECISION_CODE_LABEL}
          onChange={(v) => onChange({ ...mapping, datePrecisionCode: v })}
        />
      );
    case 'locationPrecision':
      return (
        <Choice<LocationPrecisionCode>
          label={`Codes of ${mapping.columns[field]}`}
          value={mapping.locationPrecisionCode}
          labels={LOCATION_PRECISION_CODE_LABEL}
          onChange={(v) => onChange({ ...mapping, locationPrecisionCode: v })}
        />
      );
    case 'sources':
    case 'citations':
      return (
        <label className="column-mapper__inline">
          Separator
          <input
            value={mapping.separator}
            size={3}
            maxLength={3}
            onChange={(e) =>
              e.currentTarget.value && onChange({ ...mapping, separator: e.currentTarget.value })
            }
          />
        </label>
      );
    default:
      return null;
  }
}
