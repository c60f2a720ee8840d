import { useEffect, useRef } from 'react';

/**
 * A ref that always holds the latest value: handlers set on Leaflet layers (made once per draw) call what
 * the component was last given, without the layers being remade when a callback changes.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
