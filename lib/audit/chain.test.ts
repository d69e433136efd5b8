import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalContent, chainInput, findChainBreak, type ChainedRow } from './chain';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function chain(count: number): ChainedRow[] {
  const rows: ChainedRow[] = [];
  let prev: string | null = null;
  for (let id = 1; id <= count; id += 1) {
    const columns = {
      at: `2022-06-0${id}T00:00:00.000Z`, userId: id, username: `u${id}`, action: 'entry.create', entity: 'indicator', entityId: String(id),
      before: null, after: JSON.stringify({ value: id }), channel: 'session', tokenName: null, ip: '10.0.0.1',
    };
    const hash: string = sha(chainInput(prev, canonicalContent(columns)));
    rows.push({ id, ...columns, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('the audit hash chain', () => {
  it('accepts an intact chain, and rows written before the chain began', () => {
    expect(findChainBreak(chain(5), sha)).toBeNull();
    const legacy: ChainedRow = { ...chain(1)[0]!, id: 0, prevHash: null, hash: null };
    expect(findChainBreak([legacy, ...chain(3)], sha)).toBeNull();
  });

  it('names a row whose content was edited', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, after: JSON.stringify({ value: 999 }) };
    expect(findChainBreak(rows, sha)).toEqual({ id: 3, reason: expect.stringContaining('内容与校验值不符') });
  });

  it('names the row after a deleted one, and a chain whose first rows were deleted', () => {
    const rows = chain(5);
    expect(findChainBreak([...rows.slice(0, 2), ...rows.slice(3)], sha)).toEqual({ id: 4, reason: expect.stringContaining('上一行') });
    expect(findChainBreak(rows.slice(2), sha)).toEqual({ id: 3, reason: expect.stringContaining('上一行') });
  });

  it('names a row re-hashed without its link, and a later row stripped of its hash', () => {
    const rows = chain(4);
    const columns = { ...rows[1]!, after: JSON.stringify({ value: 0 }) };
    rows[1] = { ...columns, hash: sha(chainInput(columns.prevHash, canonicalContent(columns))) };
    expect(findChainBreak(rows, sha)).toEqual({ id: 3, reason: expect.stringContaining('上一行') });
    const stripped = chain(4);
    stripped[2] = { ...stripped[2]!, hash: null };
    expect(findChainBreak(stripped, sha)).toEqual({ id: 3, reason: expect.stringContaining('缺少校验值') });
  });

  it('covers every stored column', () => {
    const [row] = chain(1);
    for (const key of ['at', 'userId', 'username', 'action', 'entity', 'entityId', 'before', 'after', 'channel', 'tokenName', 'ip'] as const) {
      const edited = { ...row!, [key]: key === 'userId' ? 42 : 'x' };
      expect(findChainBreak([edited], sha), key).not.toBeNull();
    }
  });
});
