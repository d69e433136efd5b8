import { describe, it } from 'vitest';
import { ENDINGS, expectLinear, FILLERS, run } from '../../test/support/linear-time';
import { normaliseCategory } from './category';
import { isAboutBadThing } from './direction';
import { inferMode } from './mode';
import { parseTarget } from './parse-target';
import { splitTargetFromItem } from './split-item';
import { compactText } from './text';

const PARSERS: [string, (text: string) => unknown][] = [
  ['parseTarget (target)', (text) => parseTarget(text, '会议数')],
  ['parseTarget (name)', (text) => parseTarget('30次', text)],
  ['splitTargetFromItem', splitTargetFromItem],
  ['normaliseCategory', normaliseCategory],
  ['isAboutBadThing', isAboutBadThing],
  ['compactText', compactText],
  ['inferMode', (text) => inferMode(parseTarget(text, text), text)],
];

describe('the target grammar runs in linear time', { timeout: 120_000 }, () => {
  for (const [name, parse] of PARSERS) {
    it(`${name} on long runs`, () => {
      for (const filler of FILLERS) {
        for (const ending of ENDINGS) expectLinear(`${name} ${JSON.stringify(filler)}…${JSON.stringify(ending)}`, run('≥1', filler, ending), parse);
      }
    });
  }
});
