import { describe, it } from 'vitest';
import { ENDINGS, expectLinear, FILLERS, run } from '../../test/support/linear-time';
import { readAmountCell } from './amounts';
import { readGridHeader, readKeyValues } from './grid-keys';
import { composeTarget } from './grid-target';
import { parseGridTable } from './grid-table';
import { readHeaderRow } from './header';
import { parseInlineTable } from './inline-table';
import { splitItems } from './item-split';
import { readIndicators } from './items';
import { SEED_HEADER } from './test-fixtures';
import { cleanCell, excerpt, isTerminated, trimTrailingPunctuation } from './text';
import type { ImportPreview } from './types';
import { warningProject } from './warning-links';

/** A refusal (a cap, or no table) is an answer too; only the time to give it is measured here. */
const tolerant =
  <T,>(parse: (input: T) => unknown) =>
  (input: T) => {
    try {
      parse(input);
    } catch {
      return;
    }
  };

const PREVIEW = { projects: [{ name: 'x', indicators: [{ name: '会议数' }] }] } as unknown as ImportPreview;

const CELL_PARSERS: [string, (text: string) => unknown][] = [
  ['cleanCell', cleanCell],
  ['trimTrailingPunctuation', trimTrailingPunctuation],
  ['excerpt', excerpt],
  ['isTerminated', isTerminated],
  ['splitItems', splitItems],
  ['readAmountCell', readAmountCell],
  ['readKeyValues', (text) => readKeyValues([text, text])],
  ['readGridHeader', (text) => readGridHeader([text, '三级指标', text])],
  ['readHeaderRow', (text) => readHeaderRow(['项目名称', text, '绩效指标'])],
  ['composeTarget', (text) => composeTarget(text, text, text, () => {})],
  ['warningProject', (text) => warningProject(PREVIEW, { line: 1, message: text })],
];

describe('cell readers run in linear time', { timeout: 120_000 }, () => {
  for (const [name, parse] of CELL_PARSERS) {
    it(`${name} on long runs`, () => {
      for (const filler of FILLERS) {
        for (const ending of ENDINGS) expectLinear(`${name} ${JSON.stringify(filler)}…${JSON.stringify(ending)}`, run('1、产出指标：', filler, ending), tolerant(parse));
      }
    });
  }
});

describe('tables run in linear time in their number of rows', { timeout: 120_000 }, () => {
  const rows = (row: string) => (size: number) => Array.from({ length: Math.ceil(size / 100) }, () => row);

  it('reads the indicators of a long cell of short items', () => {
    expectLinear('readIndicators', (size) => [{ text: '1、产出指标：会议数，年度指标值：4次；'.repeat(size / 20), line: 1 }], readIndicators);
  });

  it('places a project continued over many rows', () => {
    const continued = (size: number) => [...SEED_HEADER, '会议经费\t1.00\t1.00\t\t\t开会\t1、产出指标：会议数，年度指标值：4', ...rows('\t\t\t\t\t续\t续')(size)].join('\n');
    expectLinear('parseInlineTable (continuation rows)', continued, tolerant(parseInlineTable), 200_000);
  });

  it('reads many projects of the inline layout', () => {
    const many = (size: number) => [...SEED_HEADER, ...rows('会议经费\t1.00\t1.00\t\t\t开会。\t1、产出指标：会议数，年度指标值：4次；2、效益指标：满意度，年度指标值：≥90%')(size)].join('\n');
    expectLinear('parseInlineTable (projects)', many, parseInlineTable, 100_000);
  });

  it('reads a grid of many indicator rows', () => {
    const grid = (size: number) => [['项目名称', '会议经费'], ['一级指标', '二级指标', '三级指标', '指标值'], ...rows('产出指标\t数量指标\t会议数\t4次')(size).map((row) => row.split('\t'))];
    expectLinear('parseGridTable', grid, parseGridTable, 100_000);
  });
});
