import { describe, expect, it } from 'vitest';
import { previewEntry, type EntryPreviewInput } from './entry-preview';
import { DEFAULT_MONITORING_SETTINGS } from './settings';
import { SEED, status, value } from './test-fixtures';

const base = (overrides: Partial<EntryPreviewInput>): EntryPreviewInput => ({
  ...SEED.消防安全检查次数,
  plannedPeriod: null,
  settings: DEFAULT_MONITORING_SETTINGS,
  others: [],
  period: '2022-06',
  draft: { value: null, unit: null, status: null },
  ...overrides,
});

describe('previewEntry', () => {
  it('says nothing until a figure is typed', () => {
    expect(previewEntry(base({}))).toMatchObject({ light: null, needsDeviation: false, warnings: [] });
  });

  it('消防安全检查次数 12次: 2 in June after 1 a month to May is green; 0 more is red and needs the deviation fields', () => {
    const others = ['01', '02', '03', '04', '05'].map((m) => value(`2022-${m}`, 1));
    expect(previewEntry(base({ others, draft: { value: 2, unit: null, status: null } }))).toMatchObject({ light: 'green', needsDeviation: false, actual: 7 });
    const behind = previewEntry(base({ others: [value('2022-01', 1)], draft: { value: 0, unit: null, status: null } }));
    expect(behind).toMatchObject({ light: 'red', needsDeviation: true, actual: 1 });
  });

  it('suggests a 全年预计 from the actual with this entry (7 by June → 14)', () => {
    const others = ['01', '02', '03', '04', '05'].map((m) => value(`2022-${m}`, 1));
    expect(previewEntry(base({ others, draft: { value: 2, unit: null, status: null } })).forecastSuggestion).toBe(14);
  });

  it('warns of implausible figures as they are typed', () => {
    expect(previewEntry(base({ draft: { value: 3.5, unit: null, status: null } })).warnings.map((w) => w.code)).toEqual(['fraction-of-count']);
  });

  it('converts a value typed in another scale of the unit, and reads a status for a qualitative indicator', () => {
    const loans = previewEntry({ ...base({ ...SEED.普惠机制合作银行累计贷款投放额, draft: { value: 4_000_000, unit: '万元', status: null } }) });
    expect(loans).toMatchObject({ actual: 400, light: 'green' });
    const partly = previewEntry(base({ ...SEED.普惠贷款风险保障水平, others: [status('2022-03', '达成')], draft: { value: null, unit: null, status: '部分达成' } }));
    expect(partly).toMatchObject({ light: 'yellow', needsDeviation: true, warnings: [] });
  });
});
