import { useDataset } from '../../data/dataset-context';
import { useEditingStore } from '../../state/editing';
import { ClaimDialog } from './ClaimDialog';
import { ContentsDialog } from './ContentsDialog';
import { DocumentDialog } from './DocumentDialog';
import { EventDialog } from './EventDialog';
import { NewDatasetDialog } from './NewDatasetDialog';
import { PlaceDialog } from './PlaceDialog';
import { SourceDialog } from './SourceDialog';

/** Whichever editing dialog is open; closing one that was opened from the contents goes back there. */
export function EditorDialogs() {
  const dialog = useEditingStore((s) => s.dialog);
  const passage = useEditingStore((s) => s.passage);
  const openDialog = useEditingStore((s) => s.openDialog);
  const choosePassage = useEditingStore((s) => s.choosePassage);
  const close = () => openDialog(null);
  const back = () => openDialog({ kind: 'contents' });
  if (passage) {
    return (
      <ClaimDialog
        key={`${passage.documentId}:${passage.start}`}
        documentId={passage.documentId}
        span={{ start: passage.start, end: passage.end }}
        onClose={() => choosePassage(null)}
      />
    );
  }
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'new-dataset':
      return <NewDatasetDialog onClose={close} />;
    case 'contents':
      return <ContentsDialog onClose={close} />;
    case 'document':
      return <DocumentDialog key={dialog.id ?? 'new'} id={dialog.id} onClose={dialog.id ? back : close} />;
    case 'claim':
      if (dialog.id) return <ClaimEditor id={dialog.id} onClose={back} />;
      return dialog.documentId ? <ClaimDialog documentId={dialog.documentId} onClose={close} /> : null;
    case 'source':
      return <SourceDialog key={dialog.id ?? 'new'} id={dialog.id} onClose={back} />;
    case 'event':
      return <EventDialog key={dialog.id ?? 'new'} id={dialog.id} onClose={back} />;
    case 'place':
      return <PlaceDialog key={dialog.id ?? 'new'} id={dialog.id} onClose={back} />;
  }
}

/** A claim of the dataset, edited in the same form it was made in. */
function ClaimEditor({ id, onClose }: { id: string; onClose: () => void }) {
  const claim = useDataset().claims.find((c) => c.id === id);
  if (!claim) return null;
  return <ClaimDialog key={id} documentId={claim.documentId} claimId={id} onClose={onClose} />;
}
