import { describe, expect, it } from 'vitest';
import { APPROX_DAYS, dateInterval, dayNumber, isoFromDayNumber } from '../../src/data/dates';

const byDateParse = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('day numbers', () => {
  it('agree with Date.parse on every day from 1600 to 2200, and round-trip', () => {
    const first = byDateParse('1600-01-01');
    const last = byDateParse('2200-12-31');
    for (let day = first; day <= last; day++) {
      const iso = isoFromDayNumber(day);
      expect(dayNumber(iso)).toBe(day);
    }
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-02-29')).toBe(byDateParse('2024-02-29'));
  });

  it('are NaN for anything that is not a real YYYY-MM-DD date', () => {
    for (const bad of [
      '2023-02-29',
      '2024-02-30',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-1-01',
      '24-01-01',
      'abcd-01-01',
      '2024/01/01',
      '',
    ]) {
      expect(dayNumber(bad), bad).toBeNaN();
    }
  });

  it('span whole months, explicit ends and approximate days', () => {
    expect(dateInterval({ date: '2024-02-01', precision: 'month' })).toEqual({
      start: dayNumber('2024-02-01'),
      end: dayNumber('2024-02-29'),
    });
    expect(dateInterval({ date: '2023-12-01', precision: 'month' }).end).toBe(dayNumber('2023-12-31'));
    expect(dateInterval({ date: '2024-11-01', precision: 'month', end: '2024-12-31' }).end).toBe(
      dayNumber('2024-12-31'),
    );
    const approx = dateInterval({ date: '2024-11-10', precision: 'approx' });
    expect(approx.end - approx.start).toBe(2 * APPROX_DAYS);
  });
});
