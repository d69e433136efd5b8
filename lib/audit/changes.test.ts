import { describe, expect, it } from 'vitest';
import { changedKeys } from './changes';

describe('changedKeys', () => {
  it('lists the keys whose values differ, added and removed ones included', () => {
    expect(changedKeys({ role: 'owner', name: 'a', owners: ['x'] }, { role: 'leader', name: 'a', owners: ['x', 'y'], note: 1 })).toEqual([
      'role',
      'owners',
      'note',
    ]);
  });

  it('has nothing to list unless both sides are objects', () => {
    expect(changedKeys(null, { a: 1 })).toEqual([]);
    expect(changedKeys([1], [2])).toEqual([]);
  });
});
