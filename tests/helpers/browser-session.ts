/**
 * A browser-like session for tests: keeps cookies, sends Origin on posts, knows the CSRF
 * token. Runtime-neutral, so the same client drives the app on Node and inside workerd.
 */
export const ORIGIN = 'http://localhost';

/** Anything that answers requests like Hono's `app.request(path, init)`. */
export interface RequestTarget {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** A browser-like session: keeps cookies, sends Origin on posts, knows the CSRF token. */
export class Browser {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(
    private readonly app: RequestTarget,
    readonly ip = '192.0.2.1',
    /** The site's origin, sent as Origin on posts (the CSRF check compares it). */
    readonly origin = ORIGIN,
  ) {}

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, ...value] = pair!.split('=');
      const expired = attributes.some((attribute) => /max-age=0/i.test(attribute) || /expires=Thu, 01 Jan 1970/i.test(attribute));
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  hasSessionCookie(): boolean {
    return this.cookies.has('__Host-session') || this.cookies.has('session');
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await this.app.request(path, { headers: { Cookie: this.cookieHeader(), 'X-Test-Client-IP': this.ip, ...headers } });
    this.remember(response);
    const clone = response.clone();
    const html = await clone.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (token) this.csrfToken = token;
    return response;
  }

  async post(
    path: string,
    form: Record<string, string | string[]>,
    options: { headers?: Record<string, string>; csrf?: boolean; origin?: string | null } = {},
  ): Promise<Response> {
    // A person posts the sign-in form from the sign-in page, which holds the form's token: a
    // test that posts it straight away gets the page loaded first. To post a form opened
    // earlier (another tab), pass its `_csrf`; to post none, `csrf: false`.
    if (/^\/admin\/login(\?|$)/.test(path) && options.csrf !== false && !('_csrf' in form)) await this.get('/admin/login');
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) for (const item of [value].flat()) body.append(key, item);
    if (options.csrf !== false && this.csrfToken && !('_csrf' in form)) body.set('_csrf', this.csrfToken);
    const origin = options.origin === undefined ? this.origin : options.origin;
    const response = await this.app.request(path, {
      method: 'POST',
      body,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Cookie: this.cookieHeader(),
        'X-Test-Client-IP': this.ip,
        ...(origin ? { Origin: origin } : {}),
        ...options.headers,
      },
    });
    this.remember(response);
    return response;
  }

  /**
   * A JSON post as the passkey script makes it (fetch with the CSRF token in a header when the
   * page had one). Added for the account-security tests.
   */
  async postJson(path: string, body: unknown, options: { csrf?: boolean; origin?: string | null } = {}): Promise<Response> {
    const origin = options.origin === undefined ? this.origin : options.origin;
    const response = await this.app.request(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Cookie: this.cookieHeader(),
        'X-Test-Client-IP': this.ip,
        ...(origin ? { Origin: origin } : {}),
        ...(options.csrf !== false && this.csrfToken ? { 'X-CSRF-Token': this.csrfToken } : {}),
      },
    });
    this.remember(response);
    return response;
  }

  /** Signs in with a password (from the sign-in page) and loads the dashboard (which holds the CSRF token). */
  async signIn(username: string, password: string): Promise<Response> {
    const response = await this.post('/admin/login', { username, password, next: '/admin' });
    if (response.status === 303 && response.headers.get('location') === '/admin') await this.get('/admin');
    return response;
  }
}
