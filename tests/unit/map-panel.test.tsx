import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MapPanel } from '../../src/features/map/MapPanel';
import { TILE_SETTING_KEY } from '../../src/features/map/tile-setting';
import { useAppStore } from '../../src/state/store';
import { bundledDataset } from './helpers/factories';
import { renderWithData } from './helpers/render';

// Leaflet draws nothing real in jsdom; the map itself is tested in the browser (tests/e2e/map.spec.ts).
vi.mock('../../src/features/map/MapView', () => ({ MapView: () => <div data-testid="map-view" /> }));

const dataset = bundledDataset();

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response('<!doctype html>', { status: 200 }))),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('MapPanel', () => {
  it('lists every place with its precision and the count of what is linked to it', () => {
    renderWithData(<MapPanel />, dataset);
    const list = screen.getByRole('list', { name: 'Places' });
    expect(within(list).getAllByRole('button')).toHaveLength(dataset.places.length);
    expect(within(list).getByRole('button', { name: /^Sudzha,\s?exact · 1 item$/ })).toBeInTheDocument();
    expect(
      within(list).getByRole('button', { name: /^Plekhovo.*,\s?approx\. ±2 km · 1 item$/ }),
    ).toBeInTheDocument();
  });

  it('selects a place from the list and shows its claims with source, date and quote', async () => {
    const user = userEvent.setup();
    renderWithData(<MapPanel />, dataset);
    const oblast = screen.getByRole('button', { name: /^Kursk oblast \(region\)/ });
    await user.click(oblast);
    expect(useAppStore.getState().selection).toEqual({ kind: 'place', id: 'p-kursk-oblast' });
    expect(oblast).toHaveAttribute('aria-pressed', 'true');

    const detail = screen.getByRole('region', { name: /Kursk oblast \(region\)/ });
    const linked = dataset.claims.find((c) => c.placeIds.includes('p-kursk-oblast'));
    expect(within(detail).getByText(`“${linked?.quote}”`)).toBeInTheDocument();
    // From the place to its claim: the claim becomes the shared selection, the detail stays.
    await user.click(within(detail).getByRole('button', { name: /^Claim C\d+$/ }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'claim', id: linked?.id });
    expect(screen.getByRole('region', { name: /Kursk oblast \(region\)/ })).toBeInTheDocument();
  });

  it('follows the global filters: a place whose rows are all hidden says so', async () => {
    renderWithData(<MapPanel />, dataset);
    useAppStore.getState().setFilters({ categories: ['pact'] });
    // The panels follow the filters in a transition: on a busy machine it can take over a second.
    expect(
      await screen.findByRole(
        'button',
        { name: /^Plekhovo.*approx\. ±2 km · 0 items of 1$/ },
        { timeout: 5_000 },
      ),
    ).toBeInTheDocument();
  });

  it('says so inside the panel when the basemap cannot be loaded', async () => {
    renderWithData(<MapPanel />, dataset);
    expect(await screen.findByText(/offline basemap could not be loaded/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Places' })).toBeInTheDocument();
  });

  it('saves a valid tile URL in this browser and refuses an invalid one', async () => {
    const user = userEvent.setup();
    renderWithData(<MapPanel />, dataset);
    await user.click(screen.getByText('Online tiles'));
    const input = screen.getByLabelText('Tile URL template');
    await user.type(input, 'https://tiles.example.internal/tiles.png');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('must contain {z}, {x}, {y}');
    expect(localStorage.getItem(TILE_SETTING_KEY)).toBeNull();

    await user.clear(input);
    await user.click(input);
    await user.paste('https://tiles.example.internal/{z}/{x}/{y}.png');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(localStorage.getItem(TILE_SETTING_KEY)).toContain('{z}/{x}/{y}'));
    expect(screen.getByText(/Background: online tiles/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(localStorage.getItem(TILE_SETTING_KEY)).toBeNull();
  });
});
