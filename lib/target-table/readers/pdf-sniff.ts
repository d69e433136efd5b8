/** `%PDF-` at the start (some producers put a few bytes before it; the format allows 1024). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
