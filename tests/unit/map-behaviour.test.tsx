import { render, waitFor } from '@testing-library/react';
import type { Map as LeafletMap } from 'leaflet';
import { createRef } from 'react';
import { MapContainer } from 'react-leaflet';
import { describe, expect, it } from 'vitest';
import { PersistView } from '../../src/features/map/MapBehaviour';
import { useAppStore } from '../../src/state/store';

describe('PersistView', () => {
  it('keeps ui.mapView current once the map settles', async () => {
    const ref = createRef<LeafletMap>();
    render(
      <MapContainer ref={ref} center={[51.4, 35.7]} zoom={8} style={{ width: 400, height: 300 }}>
        <PersistView delayMs={10} />
      </MapContainer>,
    );
    await waitFor(() => expect(ref.current).not.toBeNull());
    expect(useAppStore.getState().ui.mapView).toBeNull();
    ref.current?.setView([51.19761, 35.27259], 10, { animate: false });
    await waitFor(() =>
      expect(useAppStore.getState().ui.mapView).toEqual({ lat: 51.1976, lon: 35.2726, zoom: 10 }),
    );
  });
});
