import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheStatements } from './statement-cache';

let sqlite: Database.Database;
beforeEach(() => {
  sqlite = new Database(':memory:');
  cacheStatements(sqlite);
  sqlite.exec('create table t (id integer primary key, name text); insert into t (name) values (\'甲\'), (\'乙\'), (\'丙\')');
});
afterEach(() => sqlite.close());

describe('cacheStatements', () => {
  it('hands out the same compiled statement for the same SQL, and another for other SQL', () => {
    const first = sqlite.prepare('select name from t where id = ?');
    expect(sqlite.prepare('select name from t where id = ?')).toBe(first);
    expect(sqlite.prepare('select id from t where id = ?')).not.toBe(first);
    expect(first.get(2)).toEqual({ name: '乙' });
  });

  it('gives a statement back in its default mode, whatever an earlier caller set', () => {
    expect(sqlite.prepare('select name from t order by id').pluck().all()).toEqual(['甲', '乙', '丙']);
    expect(sqlite.prepare('select name from t order by id').all()).toEqual([{ name: '甲' }, { name: '乙' }, { name: '丙' }]);
    expect(sqlite.prepare('select id, name from t where id = 1').raw().get()).toEqual([1, '甲']);
    expect(sqlite.prepare('select id, name from t where id = 1').get()).toEqual({ id: 1, name: '甲' });
  });

  it('prepares a fresh statement while the cached one is still iterating', () => {
    const names: string[] = [];
    for (const row of sqlite.prepare('select name from t order by id').iterate() as Iterable<{ name: string }>) {
      const again = sqlite.prepare('select name from t order by id').all() as { name: string }[];
      names.push(`${row.name}${again.length}`);
    }
    expect(names).toEqual(['甲3', '乙3', '丙3']);
  });

  it('keeps writes working through a reused statement', () => {
    const insert = 'insert into t (name) values (?)';
    sqlite.prepare(insert).run('丁');
    sqlite.prepare(insert).run('戊');
    expect(sqlite.prepare('select count(*) as n from t').get()).toEqual({ n: 5 });
  });
});
