/**
 * The value axis's ticks, from recharts: only the drawing code (DisparityChart, OverTimeChart) asks for
 * them, so the panel's own code stays free of recharts and draws its first screen before it arrives.
 */
import { getNiceTickValues } from 'recharts';

/** The value axis's ticks from 0 past `max`, at round steps (recharts' 1-2-2.5-5 snapping); the last is the axis end. */
export function valueTicks(max: number): number[] {
  const ticks = getNiceTickValues([0, max], 5, false, 'snap125');
  return ticks.length > 1 ? ticks : [0, max];
}
