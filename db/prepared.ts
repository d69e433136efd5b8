import type { DbOrTx } from './client';

/**
 * A query built and compiled once per connection (or transaction) and then only run, with its placeholders filled:
 * for the few queries every request makes (its session, its user, a setting), where building the SQL each time costs
 * more than running it.
 */
export function preparedOnce<Q>(build: (db: DbOrTx) => Q): (db: DbOrTx) => Q {
  const built = new WeakMap<DbOrTx, Q>();
  return (db) => {
    let query = built.get(db);
    if (!query) built.set(db, (query = build(db)));
    return query;
  };
}
