import type { TablePreview } from '../../data/table-job';

/** The table's first rows as read with the current encoding and delimiter, so a wrong guess shows. */
export function TablePreviewTable({ preview, fileName }: { preview: TablePreview; fileName: string }) {
  return (
    // A scroll box with nothing focusable inside must take focus itself, or keyboard users cannot scroll it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-import__preview" tabIndex={0} role="region" aria-label="Preview of the first rows">
      <table>
        <caption>
          First {preview.rows.length} rows of {fileName} ({preview.headers.length} columns)
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {preview.headers.map((h) => (
              <th key={h} scope="col">
                <bdi>{h}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{i + 2}</th>
              {preview.headers.map((h, j) => (
                <td key={h}>
                  <bdi>{row[j] ?? ''}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
