/**
 * The header the app server (scripts/serve.ts) sets on every request to the client's address: it overwrites whatever
 * the client sent, taking the socket's address, or the proxy's X-Forwarded-For when TRUST_PROXY=1.
 */
export const CLIENT_ADDRESS_HEADER = 'x-jixiao-client-address';

const MAX_ADDRESS_LENGTH = 64;

/** The client's address for the audit log and sign-in throttling; null when the app runs without its server (next dev). */
export function clientAddress(headers: Pick<Headers, 'get'>): string | null {
  const value = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  return value ? value.slice(0, MAX_ADDRESS_LENGTH) : null;
}
