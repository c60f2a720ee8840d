import { useEffect, useState } from 'react';
import { useDataset } from '../data/dataset-context';
import { editionKey } from '../data/dataset-keys';

/**
 * Printed only (layout.css): where the printed page comes from and when it was printed. The filters in
 * force print just under it, from the filter rail's own result line and chips.
 */
export function PrintCaption() {
  const dataset = useDataset();
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const now = () => setPrintedAt(new Date());
    window.addEventListener('beforeprint', now);
    return () => window.removeEventListener('beforeprint', now);
  }, []);
  return (
    <p className="print-caption">
      Estimate disparity, places and timeline of the dataset {editionKey(dataset)} · printed{' '}
      {printedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
    </p>
  );
}
