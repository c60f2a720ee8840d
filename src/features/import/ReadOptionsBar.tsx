import { delimiterWords, type ReadOptions, type TablePreview } from '../../data/table-job';
import { DELIMITERS, type TableEncoding } from '../../data/table-read';

const ENCODINGS: { value: TableEncoding; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'windows-1252', label: 'Windows-1252' },
];

interface Props {
  preview: TablePreview;
  options: ReadOptions;
  onChange: (options: ReadOptions) => void;
}

/** How the file is read, as detected; either can be overridden and the preview follows. */
export function ReadOptionsBar({ preview, options, onChange }: Props) {
  if (preview.kind === 'xlsx') {
    return <p className="table-import__read">Read as an Excel workbook (XLSX), first sheet.</p>;
  }
  return (
    <fieldset className="table-import__read">
      <legend>How the file is read</legend>
      <label>
        Encoding
        <select
          value={options.encoding ?? ''}
          onChange={(e) =>
            onChange({
              ...options,
              encoding: (e.currentTarget.value || undefined) as TableEncoding | undefined,
            })
          }
        >
          <option value="">
            Detected: {ENCODINGS.find((x) => x.value === preview.encoding)?.label}
            {preview.bom ? ' with BOM' : ''}
          </option>
          {ENCODINGS.map((x) => (
            <option key={x.value} value={x.value}>
              {x.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Delimiter
        <select
          value={options.delimiter ?? ''}
          onChange={(e) => onChange({ ...options, delimiter: e.currentTarget.value || undefined })}
        >
          <option value="">Detected: {delimiterWords(preview.delimiter)}</option>
          {DELIMITERS.map((d) => (
            <option key={d} value={d}>
              {delimiterWords(d)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
