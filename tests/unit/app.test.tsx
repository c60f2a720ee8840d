/** The import and grading flows through the whole app, with this device's storage in memory. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { createDatasetLibrary, createJudgementStore } from '../../src/data/device-datasets';
import { setDeviceStorage } from '../../src/data/device-storage';
import { memoryStore, type KeyValueStore } from '../../src/data/kv-store';
import { resetImportStore } from '../../src/features/import/import-store';
import { resetDeviceStore } from '../../src/state/device';
import { REMEMBERED_DATASET_KEY } from '../../src/state/remembered-dataset';
import { datasetInput, event, source } from './helpers/factories';

let datasets: ReturnType<typeof memoryStore>;
let judgements: ReturnType<typeof memoryStore>;

function useStorage(datasetsKv: KeyValueStore, judgementsKv: KeyValueStore = memoryStore()) {
  setDeviceStorage({
    datasets: createDatasetLibrary(datasetsKv),
    judgements: createJudgementStore(judgementsKv),
  });
}

beforeEach(() => {
  datasets = memoryStore();
  judgements = memoryStore();
  useStorage(datasets, judgements);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(datasetInput()), { status: 200 })),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  setDeviceStorage(undefined);
  localStorage.clear();
  resetDeviceStore();
  resetImportStore();
});

/** The dataset key this browser stored to open first, read as the next page would find it. */
const rememberedKey = (): unknown =>
  (JSON.parse(localStorage.getItem(REMEMBERED_DATASET_KEY) ?? 'null') as { state?: { key?: unknown } } | null)
    ?.state?.key ?? null;

/** A store every call of which fails as storage blocked by the browser fails. */
const blockedStore = (blocked: () => Promise<never>): KeyValueStore => ({
  get: blocked,
  set: blocked,
  setMany: blocked,
  del: blocked,
  delMany: blocked,
  update: blocked,
  keys: blocked,
});

/** The stored keys, an event chunk's generation left out (`events:<id>:<n>`). */
const keysWithoutGeneration = () =>
  [...datasets.data.keys()].map((k) => k.replace(/^(events:[^:]+):[a-z0-9]+:(\d+)$/, '$1:$2')).sort();

function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

const file = (content: unknown, name = 'data.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });

async function importFile(content: unknown, name?: string) {
  const input = screen.getByLabelText('Import dataset');
  await userEvent.upload(input, file(content, name));
}

describe('importing a table', () => {
  it('maps the columns, lists the bad rows, imports the good ones and keeps them on this device', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    const csv =
      'id,date,latitude,longitude,source\n' +
      'a,2024-01-02,51.2,35.3,Outlet\n' +
      'b,2024-01-03,200,35.3,Outlet\n';
    await userEvent.upload(
      screen.getByLabelText('Import dataset'),
      new File([csv], 'mine.csv', { type: 'text/csv' }),
    );
    // The dialog's code is loaded when a table is chosen: on a busy machine that takes a moment.
    const dialog = await screen.findByRole('dialog', { name: 'Import table: mine.csv' }, { timeout: 10_000 });
    await waitFor(() => expect(within(dialog).getByLabelText('Column for Date')).toHaveValue('date'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Read all rows' }));
    const report = await within(dialog).findByRole(
      'region',
      { name: 'Rows that cannot be imported' },
      { timeout: 10_000 },
    );
    expect(report).toHaveTextContent('row › latitude: 200 is outside −90 to 90');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Test dataset');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import the 1 good row' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Imported table: mine.csv' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/2 rows read, 1 imported as events\. Dropped 1 row that/)).toBeInTheDocument();
    // Each import is a dataset of its own: its id carries the time of the import.
    const id = /^data:(table-mine-csv-\d{14}@1\.0\.0)$/.exec(keysWithoutGeneration()[0] ?? '')?.[1];
    expect(keysWithoutGeneration()).toEqual([`data:${id}`, `events:${id}:0`, `meta:${id}`]);
  });

  it('imports none when asked, and the dataset on screen stays', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    await userEvent.upload(
      screen.getByLabelText('Import dataset'),
      new File(['date\n2024-01-02\n'], 'one.csv', { type: 'text/csv' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import table: one.csv' }, { timeout: 10_000 });
    await userEvent.click(
      await within(dialog).findByRole('button', { name: 'Read all rows' }, { timeout: 10_000 }),
    );
    await userEvent.click(
      await within(dialog).findByRole('button', { name: 'Import none' }, { timeout: 10_000 }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Test dataset');
    expect(datasets.data.size).toBe(0);
  });
});

describe('importing a dataset', () => {
  it('lists the problems of a bad file as an alert and keeps the dataset on screen', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Test dataset' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import dataset' })).toBeInTheDocument();

    await importFile(datasetInput({ title: 'Other', sources: [source()] }), 'bad.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.json was not imported. The dataset on screen is unchanged.');
    const report = screen.getByRole('region', { name: 'Problems in the imported file' });
    expect(within(report).getByRole('heading', { level: 2 })).toHaveTextContent('1 problem in 1 group');
    expect(report).toHaveTextContent('claims › sourceId: refers to unknown source "zelensky"');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Test dataset');
    expect(datasets.data.size).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss problems of bad.json' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Problems in the imported file' })).not.toBeInTheDocument();
  });

  it('shows a good file, keeps it on this device and remembers it', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    await importFile(datasetInput({ title: 'Newer', version: '1.1.0' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Newer' })).toBeInTheDocument();
    expect(screen.getByText(/Imported “Newer”, version 1.1.0, kept on this device/)).toBeInTheDocument();
    expect(keysWithoutGeneration()).toEqual([
      'data:test-dataset@1.1.0',
      'events:test-dataset@1.1.0:0',
      'meta:test-dataset@1.1.0',
    ]);
    expect(rememberedKey()).toBe('local:test-dataset@1.1.0');

    await userEvent.click(screen.getByRole('button', { name: 'Switch to the bundled dataset' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Test dataset' })).toBeInTheDocument();
    expect(rememberedKey()).toBeNull();
  });

  it('restores the judgements a file carries', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    await importFile(
      datasetInput({
        version: '2.0.0',
        analystJudgements: { sources: [{ sourceId: 'jcs', reliability: 'E', note: 'Carried' }], claims: [] },
      }),
    );
    await screen.findByText(/version 2\.0\.0$/);
    expect((await screen.findAllByText(/\(analyst\) — was B/)).length).toBeGreaterThan(0);
    expect(judgements.data.get('test-dataset@2.0.0')).toEqual({
      sources: [{ sourceId: 'jcs', reliability: 'E', note: 'Carried' }],
      claims: [],
      ranges: [],
    });
  });

  it('still shows a good file when storage is full, and says it will not be kept', async () => {
    const full = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    useStorage({ ...memoryStore(), set: full, setMany: full, update: full });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    await importFile(datasetInput({ title: 'Unkept' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unkept' })).toBeInTheDocument();
    expect(
      screen.getByText(/could not be kept on this device: storage on this device is full/),
    ).toBeInTheDocument();
    expect(rememberedKey()).toBeNull();
  });
});

describe('starting up', () => {
  it('restores the dataset last used', async () => {
    await createDatasetLibrary(datasets).save(
      (await import('./helpers/factories')).makeDataset({ title: 'Kept', version: '3.0.0' }),
    );
    localStorage.setItem('claimscope:active-dataset', 'local:test-dataset@3.0.0');
    resetDeviceStore();
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kept' })).toBeInTheDocument();
  });

  it('falls back to the bundled dataset, with a notice, when the stored one is corrupted', async () => {
    await datasets.set('data:test-dataset@3.0.0', { broken: true });
    localStorage.setItem('claimscope:active-dataset', 'local:test-dataset@3.0.0');
    resetDeviceStore();
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Test dataset' })).toBeInTheDocument();
    expect(
      screen.getByText(/no longer passes validation\. The bundled dataset is shown instead\./),
    ).toBeInTheDocument();
    expect(rememberedKey()).toBeNull();
  });

  it('lists the problems of a `?data=` file that fails, grouped, over the bundled dataset', async () => {
    const bad = datasetInput({
      title: 'Never shown',
      events: Array.from({ length: 40 }, (_, i) => event({ id: `e-${i}`, sourceIds: ['nobody'] })),
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.endsWith('/data/bad.json')
          ? new Response(JSON.stringify(bad), { status: 200 })
          : new Response(JSON.stringify(datasetInput()), { status: 200 }),
      ),
    );
    history.replaceState(null, '', '/?data=bad.json');
    try {
      resetDeviceStore();
      renderApp();
      expect(await screen.findByRole('heading', { level: 1, name: 'Test dataset' })).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The dataset at /data/bad.json does not match the schema. The bundled dataset is shown instead.',
      );
      const report = screen.getByRole('region', { name: 'Problems in the dataset file' });
      expect(within(report).getByRole('heading', { level: 2 })).toHaveTextContent('40 problems in 1 group');
      expect(within(report).getByRole('button', { expanded: false })).toHaveTextContent(
        'events › sourceIds[]: refers to unknown source "nobody" — 40 rows',
      );
      expect(rememberedKey()).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Dismiss problems of bad.json' }));
      expect(screen.queryByRole('region', { name: 'Problems in the dataset file' })).not.toBeInTheDocument();
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('starts on the bundled dataset when storage is unavailable', async () => {
    const blocked = () => Promise.reject(new DOMException('blocked', 'SecurityError'));
    useStorage(blockedStore(blocked), blockedStore(blocked));
    localStorage.setItem('claimscope:active-dataset', 'local:test-dataset@3.0.0');
    resetDeviceStore();
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Test dataset' })).toBeInTheDocument();
    expect(
      await screen.findByText(/could not be read from this device: storage on this device is not available/),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Your grades and notes could not be read/)).toBeInTheDocument();
  });
});

describe('a file of an edition already kept', () => {
  const first = () => datasetInput({ title: 'First file' });
  const other = () => datasetInput({ title: 'Another file, same id and version' });

  it('re-importing the very same file replaces it without asking', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    await importFile(first(), 'a.json');
    await screen.findByText(/Imported “First file”/);
    await importFile(first(), 'a.json');
    await screen.findByText(/Imported “First file”/);
    expect(screen.queryByRole('region', { name: /same id and version/ })).not.toBeInTheDocument();
    expect([...datasets.data.keys()].filter((k) => k.startsWith('meta:'))).toHaveLength(1);
  });

  it('asks before a different file replaces it; keeping both gives the new one its own id', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    await importFile(first(), 'a.json');
    await screen.findByText(/Imported “First file”/);
    await importFile(other(), 'b.json');
    const choice = await screen.findByRole('region', { name: /same id and version/ });
    expect(choice).toHaveTextContent('this device already keeps a different file under that id and version');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('First file');
    await userEvent.click(within(choice).getByRole('button', { name: /Keep both/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Another file, same id and version' }),
    ).toBeInTheDocument();
    const metas = [...datasets.data.keys()].filter((k) => k.startsWith('meta:')).sort();
    expect(metas).toEqual(['meta:test-dataset-2@1.0.0', 'meta:test-dataset@1.0.0']);
    // The record holds the dataset beside its event chunks' count (device-datasets.ts).
    const record = datasets.data.get('data:test-dataset-2@1.0.0') as { dataset: { description: string } };
    expect(record.dataset.description).toMatch(
      /Kept as “test-dataset-2” on \d{4}-\d{2}-\d{2}: this device already kept a different file/,
    );
  });

  it('replaces it, or imports nothing, only when the analyst says so', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    await importFile(first(), 'a.json');
    await screen.findByText(/Imported “First file”/);
    await importFile(other(), 'b.json');
    await userEvent.click(await screen.findByRole('button', { name: 'Import nothing' }));
    expect(
      await screen.findByText(/b.json was not imported; the dataset kept on this device is unchanged/),
    ).toBeInTheDocument();
    expect((datasets.data.get('meta:test-dataset@1.0.0') as { title: string }).title).toBe('First file');
    await importFile(other(), 'b.json');
    await userEvent.click(await screen.findByRole('button', { name: 'Replace the kept one' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Another file, same id and version' }),
    ).toBeInTheDocument();
    expect((datasets.data.get('meta:test-dataset@1.0.0') as { title: string }).title).toBe(
      'Another file, same id and version',
    );
  });
});

describe('grading', () => {
  it('re-grades a claim with a note, shows the original beside it and keeps it on this device', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    const [grade] = screen.getAllByRole('button', { name: /^Grade claim C\d+$/ });
    await userEvent.click(grade as HTMLElement);
    const editor = await screen.findByRole('dialog', { name: /^Grade claim:/ });
    await userEvent.selectOptions(within(editor).getByLabelText(/Your grade/), '5');
    await userEvent.type(within(editor).getByLabelText('Your note'), 'Doubtful');
    await userEvent.click(within(editor).getByRole('button', { name: 'Save grade and note' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByText(/\(analyst\) — was 2/)).toBeInTheDocument();
    expect(within(table).getByText('Note: Doubtful')).toBeInTheDocument();
    await waitFor(() =>
      expect(judgements.data.get('test-dataset@1.0.0')).toMatchObject({
        claims: [{ credibility: 5, note: 'Doubtful' }],
      }),
    );
  });

  it('carries the grades and notes of an earlier version over to a new one, says so, and keeps them', async () => {
    judgements.data.set('test-dataset@0.9.0', {
      sources: [],
      claims: [{ claimId: 'c-jcs', note: 'Old note' }],
    });
    judgements.data.set('test-dataset@0.10.0', {
      sources: [],
      claims: [{ claimId: 'c-jcs', credibility: 4, note: 'Newer note' }],
    });
    judgements.data.set('test-dataset@2.0.0', { sources: [], claims: [{ claimId: 'c-jcs', note: 'Later' }] });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    expect(
      await screen.findByText(/from version 0\.10\.0 of this dataset were carried over to version 1\.0\.0/),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByText('Note: Newer note')).toBeInTheDocument();
    await waitFor(() =>
      expect(judgements.data.get('test-dataset@1.0.0')).toMatchObject({
        claims: [{ claimId: 'c-jcs', credibility: 4, note: 'Newer note' }],
      }),
    );
  });

  it('records the analyst’s assessed range from the chart, draws it and keeps it on this device', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Test dataset' });
    const chart = screen.getByRole('region', { name: 'Estimate disparity' });
    await userEvent.click(within(chart).getByRole('button', { name: 'Add my assessed range…' }));
    const editor = await screen.findByRole('dialog', { name: /^My assessed range:/ });
    await userEvent.click(within(editor).getByRole('button', { name: 'Save my range' }));
    // Nothing filled in: each field says what it needs, and nothing is kept.
    expect(within(editor).getByText('Say why: the reasoning is kept with the range.')).toBeInTheDocument();
    expect(within(editor).getAllByText('Write a whole or decimal number, such as 1,500.')).toHaveLength(3);

    await userEvent.type(within(editor).getByLabelText('Low'), '1,500');
    await userEvent.type(within(editor).getByLabelText('Best estimate'), '2,000');
    await userEvent.type(within(editor).getByLabelText('High'), '4,000');
    await userEvent.selectOptions(within(editor).getByLabelText(/^Likelihood/), 'very-likely');
    await userEvent.type(within(editor).getByLabelText('Reasoning'), 'JCS counts confirmed casualties only.');
    await userEvent.click(within(editor).getByRole('checkbox', { name: /JCS: more than 1,100/ }));
    await userEvent.click(within(editor).getByRole('button', { name: 'Save my range' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The panels follow a judgement in a deferred render.
    expect(await within(chart).findByTestId('chart-analyst-range')).toHaveTextContent(
      'Analyst’s assessment (as of 23 Dec 2024): very likely (80–95 %) between 1,500 and 4,000 killed and wounded, best estimate 2,000.',
    );
    expect(chart.querySelector('.chart-analyst-band')).not.toBeNull();
    await waitFor(() =>
      expect(judgements.data.get('test-dataset@1.0.0')).toMatchObject({
        ranges: [{ measure: 'killed-wounded', low: 1500, best: 2000, high: 4000, claimIds: ['c-jcs'] }],
      }),
    );

    // Removing it asks once more, then it is gone from the chart and from this device.
    await userEvent.click(within(chart).getByRole('button', { name: 'Edit my assessed range…' }));
    const again = await screen.findByRole('dialog', { name: /^My assessed range:/ });
    expect(within(again).getByLabelText('Best estimate')).toHaveValue('2000');
    await userEvent.click(within(again).getByRole('button', { name: 'Remove my range…' }));
    await userEvent.click(within(again).getByRole('button', { name: /^Yes, remove my range/ }));
    await waitFor(() => expect(within(chart).queryByTestId('chart-analyst-range')).not.toBeInTheDocument());
    await waitFor(() => expect(judgements.data.get('test-dataset@1.0.0')).toMatchObject({ ranges: [] }));
  });
});
