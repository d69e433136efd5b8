import type Database from 'better-sqlite3';

export interface RowCounter {
  /** Rows handed from SQLite to JavaScript since the counter was attached. */
  rows: number;
  /** Each statement run, with the parameters it was bound to. */
  statements: { sql: string; params: unknown[] }[];
  detach: () => void;
}

/** Counts the rows every statement prepared on `sqlite` returns (all, get, iterate), to pin what a use case reads. */
export function countRows(sqlite: Database.Database): RowCounter {
  const prepare = sqlite.prepare.bind(sqlite);
  const counter: RowCounter = { rows: 0, statements: [], detach: () => void (sqlite.prepare = prepare) };
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    const proxy: Database.Statement = new Proxy(statement, {
      get(target, key) {
        const member = Reflect.get(target, key, target);
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) => {
          const result = member.apply(target, args);
          if (key === 'all' || key === 'get' || key === 'iterate') counter.statements.push({ sql: source, params: args });
          if (key === 'all') counter.rows += (result as unknown[]).length;
          if (key === 'get' && result !== undefined) counter.rows += 1;
          if (key === 'iterate') return (function* () { for (const row of result as Iterable<unknown>) { counter.rows += 1; yield row; } })();
          return result === target ? proxy : result;
        };
      },
    });
    return proxy;
  }) as typeof sqlite.prepare;
  return counter;
}
