import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/lib/export/download';

describe('an export’s file name', () => {
  it('names files by dataset, view and UTC time, safely', () => {
    const at = new Date(Date.UTC(2026, 0, 5, 7, 3));
    expect(exportFileName('nk-kursk', 'chart', at, 'png')).toBe('nk-kursk_chart_2026-01-05_0703Z.png');
    expect(exportFileName('a:b/../c', 'map', at, 'svg')).toBe('a-b-..-c_map_2026-01-05_0703Z.svg');
  });
});
