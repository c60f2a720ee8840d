import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { datasetQueryOptions } from '../../data/dataset-query';
import { placesFromGeoJson, withPlaces, type PlacesResult } from '../../data/geojson-places';
import { checkFileSize } from '../../data/limits';
import { rowErrorsAsProblems } from '../../data/table-import';
import { parseDataset, type Dataset } from '../../data/validate';
import { formatNumber } from '../../lib/format';
import { useDeviceStore } from '../../state/device';
import { RowErrorsReport } from './RowErrorsReport';
import { useImportStore } from './import-store';
import { useShowDataset } from './use-import';

type State = { name: 'reading' } | { name: 'read'; result: PlacesResult; dataset: Dataset };

/**
 * GeoJSON places added to the dataset on screen, as its next edition: the features that cannot be used are
 * listed first, and the analyst adds the good ones or none. The edition before stays on this device.
 */
export function PlacesImportDialog({ file }: { file: File }) {
  const client = useQueryClient();
  const activeKey = useDeviceStore((s) => s.activeKey);
  const show = useShowDataset();
  const [state, setState] = useState<State>({ name: 'reading' });
  const close = () => useImportStore.setState({ table: null });

  useEffect(() => {
    let live = true;
    const dataset = client.getQueryData(datasetQueryOptions(activeKey).queryKey);
    void (async () => {
      const tooLarge = checkFileSize(file.size);
      let raw: unknown = null;
      let result: PlacesResult;
      if (tooLarge.length > 0) {
        result = {
          places: [],
          features: 0,
          errors: [{ row: 0, column: '', reason: tooLarge[0]?.message ?? '' }],
        };
      } else {
        try {
          raw = JSON.parse(await file.text());
          result = placesFromGeoJson(raw, new Set(dataset?.places.map((p) => p.id)));
        } catch (error) {
          const reason = `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
          result = {
            places: [],
            features: 0,
            errors: [{ row: 0, column: '', reason: reason.slice(0, 300) }],
          };
        }
      }
      if (live && dataset) setState({ name: 'read', result, dataset });
    })();
    return () => {
      live = false;
    };
  }, [file, client, activeKey]);

  const add = async (result: PlacesResult, dataset: Dataset) => {
    const next = withPlaces(dataset, result, file.name, new Date().toISOString().slice(0, 10));
    const checked = parseDataset(next);
    close();
    if (!checked.ok) {
      useImportStore.setState({ problems: { fileName: file.name, problems: checked } });
      return;
    }
    await show(checked.data, file.name, {
      extra: ` ${formatNumber(result.places.length)} places were added.`,
    });
  };

  return (
    <Dialog title={`Import places: ${file.name}`} onClose={close} className="table-import">
      {state.name === 'reading' ? <p role="status">Reading {file.name}…</p> : null}
      {state.name === 'read' ? (
        <>
          <p role="status">
            {formatNumber(state.result.places.length)} places can be added to “{state.dataset.title}”
            {state.result.errors.length > 0
              ? `; ${formatNumber(state.result.errors.length)} features cannot`
              : ''}
            .
          </p>
          {state.result.errors.length > 0 ? (
            <RowErrorsReport
              problems={rowErrorsAsProblems(state.result.errors, state.result.errors.length, 'feature')}
              fileName={file.name}
            />
          ) : null}
          <div className="table-import__actions">
            {state.result.places.length > 0 ? (
              <button type="button" onClick={() => void add(state.result, state.dataset)}>
                Add {formatNumber(state.result.places.length)} places
              </button>
            ) : null}
            <button type="button" onClick={close}>
              Add none
            </button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
