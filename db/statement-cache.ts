import type Database from 'better-sqlite3';

/** How many distinct statements a connection keeps (the least recently used goes first). */
const LIMIT = 500;

/**
 * Keeps the statements SQLite has compiled, by their SQL, for the next query with the same text: drizzle prepares
 * every query afresh, which costs about as much as running a small one, on every request. A statement comes back in
 * its default mode (rows as objects, whatever pluck/raw/expand an earlier caller set); one still busy iterating is
 * never handed out twice, a fresh one is prepared instead.
 */
export function cacheStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  const cached = (source: string): Database.Statement => {
    const found = statements.get(source);
    if (found && !found.busy) {
      statements.delete(source);
      statements.set(source, found);
      if (found.reader) found.pluck(false).expand(false).raw(false);
      return found;
    }
    const fresh = prepare(source);
    statements.set(source, fresh);
    if (statements.size > LIMIT) statements.delete(statements.keys().next().value!);
    return fresh;
  };
  sqlite.prepare = cached as typeof sqlite.prepare;
}
