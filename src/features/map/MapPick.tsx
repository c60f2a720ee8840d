import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useEditingStore } from '../../state/editing';

/** While a place form waits for its point, a click on the map gives it (Escape gives up). */
export function MapPick() {
  const map = useMap();
  const waiting = useEditingStore((s) => s.picking !== null);
  const picked = useEditingStore((s) => s.picked);
  useEffect(() => {
    if (!waiting) return;
    const container = map.getContainer();
    container.classList.add('is-picking');
    const onClick = (e: { latlng: { lat: number; lng: number } }) =>
      picked({ lat: e.latlng.lat, lon: e.latlng.lng });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') picked(null);
    };
    map.on('click', onClick);
    window.addEventListener('keydown', onKey);
    return () => {
      container.classList.remove('is-picking');
      map.off('click', onClick);
      window.removeEventListener('keydown', onKey);
    };
  }, [map, waiting, picked]);
  return null;
}
