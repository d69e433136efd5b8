import type { RequestOrigin } from './record-audit';

/** The origin of what the command-line tools (token, user) do: someone with a shell on the server. */
export const CLI_ORIGIN: RequestOrigin = { channel: 'cli', ip: null };
