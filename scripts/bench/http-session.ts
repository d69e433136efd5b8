/** A signed-in browser session against the local server, as far as a benchmark needs one: cookies and GETs. */

export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /**
   * A GET whose keep-alive connection the server closed meanwhile ("fetch failed / other side closed" on a busy
   * machine) is sent once more on a new connection; other requests are not repeated.
   */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const send = () =>
      fetch(`${this.baseUrl}${path}`, {
        ...init,
        redirect: 'manual',
        signal: AbortSignal.timeout(30_000),
        headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader() },
      });
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      if ((init.method ?? 'GET') !== 'GET' || !(error instanceof TypeError)) throw error;
      response = await send();
    }
    this.remember(response);
    return response;
  }

  /** Signs in through next-auth's credentials callback: CSRF token and cookie first, then the form. */
  async signIn(username: string, password: string): Promise<void> {
    const csrf = await this.request('/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const form = new URLSearchParams({ username, password, csrfToken, callbackUrl: `${this.baseUrl}/` });
    const response = await this.request('/api/auth/callback/credentials', {
      method: 'POST',
      body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await response.arrayBuffer();
    const location = response.headers.get('location') ?? '';
    if (![...this.cookies.keys()].some((name) => name.endsWith('authjs.session-token')) || location.includes('error')) {
      throw new Error(`登录失败（${response.status} ${location}）`);
    }
  }

  /** GETs a page to the end of its body; returns the milliseconds taken. Throws unless it answers 200. */
  async timedGet(path: string): Promise<number> {
    const start = performance.now();
    const response = await this.request(path);
    const body = await response.arrayBuffer();
    const ms = performance.now() - start;
    if (response.status !== 200) throw new Error(`GET ${path} 返回 ${response.status}（${response.headers.get('location') ?? ''}）`);
    if (body.byteLength === 0) throw new Error(`GET ${path} 返回空内容`);
    return ms;
  }
}
