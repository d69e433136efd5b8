import type { APIRequestContext, APIResponse } from '@playwright/test';
import { actionRequest } from '../../test/support/server-action';

export { formData } from '../../test/support/server-action';

/** Calls a server action over HTTP exactly as a browser would (a forged request needs nothing more). */
export async function invokeAction(request: APIRequestContext, pagePath: string, key: string, args: unknown[]): Promise<APIResponse> {
  const { headers, body } = await actionRequest(key, args);
  if (typeof body === 'string') return request.post(pagePath, { headers, data: body, maxRedirects: 0 });
  // The FormData itself keeps the entries in order (an object would move the numeric root key "0" first).
  return request.post(pagePath, { headers, multipart: body, maxRedirects: 0 });
}
