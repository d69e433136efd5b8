/**
 * The client's address for a request reaching the app server: the socket's peer, or — behind one reverse proxy that
 * the operator vouches for (TRUST_PROXY=1) — the right-most X-Forwarded-For entry, the one that proxy added.
 * IPv4 addresses arriving as IPv6-mapped (`::ffff:10.0.0.1`) are written plainly.
 */
export function requestAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string {
  const forwarded = [forwardedFor].flat().join(',').split(',').map((a) => a.trim()).filter(Boolean);
  const address = (trustProxy ? forwarded.at(-1) : undefined) ?? socketAddress ?? '';
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '').slice(0, 64);
}
