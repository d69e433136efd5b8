import { headers } from 'next/headers';

/** The header proxy.ts sets on every page request to the path and query asked for (whatever the client sent). */
export const REQUEST_PATH_HEADER = 'x-jixiao-request-path';

/** The path and query of the page being rendered, for sending the visitor back there after signing in. */
export async function requestedPath(): Promise<string | null> {
  return (await headers()).get(REQUEST_PATH_HEADER);
}
