import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { BUNDLED_DATASET_URL } from '../../data/dataset-keys';
import { localDatasetKey } from '../../data/dataset-query';
import { deviceStorage } from '../../data/device-storage';
import type { StoredDatasetMeta } from '../../data/device-datasets';
import { useJudgements } from '../../data/judgements-context';
import { formatIsoDate } from '../../lib/format';
import { useDeviceStore } from '../../state/device';
import { DownloadWithJudgements } from './DownloadWithJudgements';
import { DEVICE_DATASETS_KEY } from './use-import';

function importedOn(iso: string): string {
  const time = iso.slice(11, 16);
  return `${formatIsoDate(iso.slice(0, 10))}${time ? `, ${time} UTC` : ''}`;
}

/** The datasets kept on this device, with the bundled one always first: show one, or delete one. */
export function DatasetsDialog({ onClose }: { onClose: () => void }) {
  const activeKey = useDeviceStore((s) => s.activeKey);
  const open = useDeviceStore((s) => s.open);
  const judgements = useJudgements();
  const listing = useQuery({
    queryKey: DEVICE_DATASETS_KEY,
    queryFn: () => deviceStorage().datasets.list(),
  });
  const show = (key: string) => {
    open(key);
    onClose();
  };

  return (
    <Dialog title="Datasets on this device" onClose={onClose} className="datasets-dialog">
      <ul className="dataset-list">
        <li className="dataset-list__item">
          <div>
            <strong>Bundled dataset</strong> <span className="muted">shipped with Claimscope</span>
            {activeKey === BUNDLED_DATASET_URL ? (
              <span className="dataset-list__active"> — on screen</span>
            ) : null}
          </div>
          <button
            type="button"
            onClick={() => show(BUNDLED_DATASET_URL)}
            disabled={activeKey === BUNDLED_DATASET_URL}
          >
            Use the bundled dataset
          </button>
        </li>
        {listing.data?.items.map((item) => (
          <StoredItem
            key={item.localId}
            item={item}
            active={activeKey === localDatasetKey(item.localId)}
            onShow={() => show(localDatasetKey(item.localId))}
            onRemoved={() => void listing.refetch()}
          />
        ))}
      </ul>
      {listing.isPending ? <p role="status">Reading this device’s storage…</p> : null}
      {listing.isError ? (
        <p role="status" className="notice-text">
          The datasets on this device could not be listed: {listing.error.message}.
        </p>
      ) : null}
      {listing.data && listing.data.unreadable > 0 ? (
        <p role="status" className="notice-text">
          {listing.data.unreadable} stored record{listing.data.unreadable === 1 ? '' : 's'} could not be read
          and {listing.data.unreadable === 1 ? 'is' : 'are'} not listed.
        </p>
      ) : null}
      {listing.data?.items.length === 0 ? (
        <p className="muted">No imported dataset is kept on this device yet.</p>
      ) : null}
      {judgements ? <DownloadWithJudgements context={judgements} /> : null}
    </Dialog>
  );
}

interface ItemProps {
  item: StoredDatasetMeta;
  active: boolean;
  onShow: () => void;
  onRemoved: () => void;
}

function StoredItem({ item, active, onShow, onRemoved }: ItemProps) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const open = useDeviceStore((s) => s.open);

  const remove = async () => {
    try {
      await deviceStorage().datasets.remove(item.localId);
      if (active) open(BUNDLED_DATASET_URL);
      onRemoved();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <li className="dataset-list__item">
      <div>
        <strong>{item.title}</strong> <span>version {item.version}</span>{' '}
        <span className="muted">imported {importedOn(item.importedAt)}</span>
        {active ? <span className="dataset-list__active"> — on screen</span> : null}
      </div>
      {confirming ? (
        <div className="dataset-list__confirm" role="group" aria-label={`Delete ${item.title}?`}>
          <span>
            Delete “{item.title}” version {item.version} from this device?
          </span>
          <button type="button" className="danger" onClick={() => void remove()}>
            Yes, delete
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="dataset-list__actions">
          <button
            type="button"
            onClick={onShow}
            disabled={active}
            aria-label={`Show ${item.title} version ${item.version}`}
          >
            Show
          </button>
          <button
            type="button"
            onClick={() => setConfirming(true)}
            aria-label={`Delete ${item.title} version ${item.version}`}
          >
            Delete
          </button>
        </div>
      )}
      {problem ? <p role="status">It could not be deleted: {problem}</p> : null}
    </li>
  );
}
