import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUSTOM_MAPPING } from '../../src/data/table-mapping';
import { ColumnMapper } from '../../src/features/import/ColumnMapper';
import { useSavedMappings } from '../../src/state/saved-mappings';

const mapping = { ...CUSTOM_MAPPING, columns: { date: 'When' } };

function renderMapper(onChange = vi.fn()) {
  render(
    <ColumnMapper
      headers={['When', 'Where']}
      mapping={mapping}
      onChange={onChange}
      onSubmit={vi.fn()}
      onCancel={vi.fn()}
    />,
  );
  return onChange;
}

async function saveAs(name: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Save this mapping as'), name);
  await user.click(screen.getByRole('button', { name: 'Save mapping' }));
}

afterEach(() => {
  vi.restoreAllMocks();
  useSavedMappings.setState({ saved: [], problem: null });
  localStorage.clear();
});

describe('saving a column mapping', () => {
  it('says it is saved, and offers it under Saved mapping', async () => {
    const onChange = renderMapper();
    expect(screen.queryByLabelText('Saved mapping')).not.toBeInTheDocument();
    await saveAs('  My sheet ');
    expect(screen.getByRole('status')).toHaveTextContent('Saved as “My sheet”.');
    await userEvent.selectOptions(screen.getByLabelText('Saved mapping'), 'My sheet');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ columns: { date: 'When' } }));
  });

  it('says the mapping was not kept when the browser refuses to store it', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderMapper();
    await saveAs('Unkept');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'This browser would not store the mapping: it can be chosen until the page is closed.',
    );
    expect(screen.getByLabelText('Saved mapping')).toHaveTextContent('Unkept');
  });
});
