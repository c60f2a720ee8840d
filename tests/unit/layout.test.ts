import { afterEach, describe, expect, it } from 'vitest';
import { checkDate, stepDate } from '../../src/features/filters/date-input';
import { foldSources, matchSources, toggleScope } from '../../src/features/filters/source-search';
import { rovingTarget } from '../../src/lib/roving';
import { layoutStorage, resetLayoutStore, useLayoutStore } from '../../src/state/layout';
import {
  COLLAPSED_PX,
  defaultMain,
  defaultRows,
  READING_SHOWN_FROM_PX,
} from '../../src/state/layout-defaults';
import type { Source } from '../../src/data/schema';
import { source } from './helpers/factories';

describe('rovingTarget', () => {
  it('steps with the arrows, jumps with Home, End and the page keys, and stops at the ends', () => {
    expect(rovingTarget('ArrowDown', 0, 5)).toBe(1);
    expect(rovingTarget('ArrowRight', 3, 5)).toBe(4);
    expect(rovingTarget('ArrowUp', 0, 5)).toBe(0);
    expect(rovingTarget('ArrowDown', 4, 5)).toBe(4);
    expect(rovingTarget('Home', 3, 5)).toBe(0);
    expect(rovingTarget('End', 1, 5)).toBe(4);
    expect(rovingTarget('PageDown', 1, 50, { page: 10 })).toBe(11);
    expect(rovingTarget('PageUp', 5, 50, { page: 10 })).toBe(0);
  });
  it('moves by a row in a grid, and ignores keys it does not own', () => {
    expect(rovingTarget('ArrowDown', 1, 8, { columns: 2 })).toBe(3);
    expect(rovingTarget('ArrowUp', 3, 8, { columns: 2 })).toBe(1);
    expect(rovingTarget('Enter', 1, 8)).toBeNull();
    expect(rovingTarget('a', 1, 8)).toBeNull();
    expect(rovingTarget('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('finding sources', () => {
  const named = (id: string, name: string, shortName: string): Source => ({
    ...source({ id, name }),
    shortName,
  });
  const sources = [
    named('jcs', 'Joint Chiefs of Staff of South Korea', 'ROK JCS'),
    named('zelensky', 'Volodymyr Zelensky', 'Zelensky'),
    named('nis', 'National Intelligence Service', 'NIS'),
  ];
  const folded = foldSources(sources);
  it('matches the start of a word for every word, in the name or the short name, whatever the case', () => {
    expect(matchSources(sources, folded, '').map((s) => s.id)).toEqual(['jcs', 'zelensky', 'nis']);
    expect(matchSources(sources, folded, 'ZELENSKÝ').map((s) => s.id)).toEqual(['zelensky']);
    expect(matchSources(sources, folded, 'south rok').map((s) => s.id)).toEqual(['jcs']);
    expect(matchSources(sources, folded, 'zel').map((s) => s.id)).toEqual(['zelensky']);
    expect(matchSources(sources, folded, 'elensky')).toEqual([]);
    expect(matchSources(sources, folded, 'nobody')).toEqual([]);
  });
  it('"All" shows every source of its scope when any is hidden, else hides them, leaving the rest', () => {
    expect(toggleScope(['jcs', 'other'], ['jcs', 'nis'])).toEqual(['other']);
    expect(toggleScope(['other'], ['jcs', 'nis'])).toEqual(['other', 'jcs', 'nis']);
  });
});

describe('typed date bounds', () => {
  it('accepts a real date, empty for open, and says what is wrong otherwise', () => {
    expect(checkDate('')).toEqual({ ok: true, value: null });
    expect(checkDate(' 2024-12-01 ')).toEqual({ ok: true, value: '2024-12-01' });
    expect(checkDate('2024-02-30')).toEqual({ ok: false, problem: 'No such date.' });
    expect(checkDate('1/12/2024')).toEqual({ ok: false, problem: 'Type a date as YYYY-MM-DD.' });
    expect(checkDate('2024-12-01', '2024-12-05')).toEqual({
      ok: false,
      problem: 'Must be on or after 2024-12-05.',
    });
    expect(checkDate('2024-12-31', undefined, '2024-12-05')).toMatchObject({ ok: false });
  });
  it('steps a day across months and years', () => {
    expect(stepDate('2024-12-31', 1)).toBe('2025-01-01');
    expect(stepDate('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('the layout', () => {
  afterEach(() => {
    localStorage.clear();
    resetLayoutStore();
  });
  it('collapses the article to its heading on a laptop screen and shows it on a tall one', () => {
    const short = defaultRows(READING_SHOWN_FROM_PX - 1);
    expect(short.reading).toBeCloseTo((COLLAPSED_PX / (READING_SHOWN_FROM_PX - 1)) * 100, 1);
    expect(short.main + short.reading).toBeCloseTo(100, 5);
    expect(defaultRows(1020)).toEqual({ main: 70, reading: 30 });
    // Just tall enough: the article shows, and the panels above it keep 700 px.
    expect(defaultRows(936).main).toBeCloseTo((700 / 936) * 100, 1);
  });
  it('gives the chart 640 px on a laptop and half of a wide screen', () => {
    expect(defaultMain(1124).chart).toBeCloseTo((640 / 1124) * 100, 1);
    expect(defaultMain(1600)).toEqual({ chart: 50, side: 50 });
    expect(defaultMain(900).chart).toBe(60);
  });
  it('keeps split sizes under its prefix, ignores what is not a layout, and forgets it all on reset', () => {
    layoutStorage.setItem('react-resizable-panels:rows', JSON.stringify({ main: 60, reading: 40 }));
    expect(localStorage.getItem('claimscope.layout:react-resizable-panels:rows')).not.toBeNull();
    expect(layoutStorage.getItem('react-resizable-panels:rows')).toBe('{"main":60,"reading":40}');
    localStorage.setItem('claimscope.layout:react-resizable-panels:top', '{"chart": "wide"}');
    expect(layoutStorage.getItem('react-resizable-panels:top')).toBeNull();
    localStorage.setItem('claimscope.layout:react-resizable-panels:top', 'not json');
    expect(layoutStorage.getItem('react-resizable-panels:top')).toBeNull();

    useLayoutStore.getState().setRailCollapsed(true);
    useLayoutStore.getState().setMaximised('map');
    localStorage.setItem('claimscope.export.marking', 'kept');
    useLayoutStore.getState().reset();
    expect(useLayoutStore.getState()).toMatchObject({ maximised: null, epoch: 1 });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('claimscope.layout'))).toEqual([]);
    expect(localStorage.getItem('claimscope.export.marking')).toBe('kept');
  });
  it('remembers the rail collapsed or expanded', () => {
    useLayoutStore.getState().setRailCollapsed(true);
    resetLayoutStore();
    expect(useLayoutStore.getState().railCollapsed).toBe(true);
    useLayoutStore.getState().setRailCollapsed(false);
    resetLayoutStore();
    expect(useLayoutStore.getState().railCollapsed).toBe(false);
  });
});
