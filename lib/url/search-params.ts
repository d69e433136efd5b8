/** Reading a page's query string as Next gives it (`searchParams`), on the server and in the browser alike. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of `key`, trimmed; '' when it is absent. */
export function firstParam(raw: SearchParams, key: string): string {
  const value = raw[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** `value` when it is one of `choices`, else null. */
export function oneOf<T extends string>(choices: readonly T[], value: string): T | null {
  return (choices as readonly string[]).includes(value) ? (value as T) : null;
}

/** A positive page number, 1 for anything else. */
export function pageParam(raw: SearchParams): number {
  const page = Number(firstParam(raw, 'page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}
