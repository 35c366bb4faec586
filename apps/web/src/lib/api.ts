/** The API's error body (docs/api.md: `{statusCode, error, message}`, plus `fields` on a 400). */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** The one field a domain error concerns. */
  field?: string;
  fields?: Array<{ field: string; message: string }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }
}

/**
 * Sent on every request: the API refuses a state-changing request made with the session cookie
 * without it (a page of another site cannot add a header without a CORS grant).
 */
const CSRF_HEADER = { 'X-Passerelle-Request': '1' };

let language = 'fr';
/** Titles and compliance sentences come back in the interface's language. */
export function setApiLanguage(value: string): void {
  language = value;
}

let onUnauthorized: (() => void) | null = null;
export function whenUnauthorized(handler: () => void): void {
  onUnauthorized = handler;
}
/** The session has ended (a 401 outside /api/auth/): back to the sign-in page. */
export function reportUnauthorized(): void {
  onUnauthorized?.();
}

/** What every request carries: the interface's language and the CSRF header. */
export function apiHeaders(): Record<string, string> {
  return { Accept: 'application/json', 'Accept-Language': language, ...CSRF_HEADER };
}

/**
 * JSON over fetch with the session cookie (httpOnly, SameSite=Strict, set by POST /api/auth/login):
 * the app never sees or stores the token itself.
 */
export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers = apiHeaders();
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized?.();
    throw new ApiError(response.status, (data as ApiErrorBody) ?? null);
  }
  return data as T;
}

/**
 * One PDF as multipart/form-data in the field `file` (the API's upload routes), with the route's
 * other fields (a convention document's `kind` and `title`) sent before it.
 */
export async function upload<T>(path: string, file: File, fields: Record<string, string> = {}): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  const response = await fetch(path, {
    method: 'POST',
    headers: apiHeaders(),
    credentials: 'same-origin',
    body: form,
  });
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (response.status === 401) onUnauthorized?.();
    throw new ApiError(response.status, (data as ApiErrorBody) ?? null);
  }
  return data as T;
}

/** What a form shows after a refused write: the message, and each field the API named (400 `fields[]`). */
export interface FormErrors {
  message: string;
  fields: Array<{ field: string; message: string }>;
}

export function formErrors(caught: unknown): FormErrors {
  const body = caught instanceof ApiError ? caught.body : null;
  const fields = body?.fields ?? (body?.field ? [{ field: body.field, message: body.message }] : []);
  return { message: body?.message ?? (caught as Error).message, fields };
}

/** The API's message about one field (`agenda[0].title`), or about anything under it (`changes.term`). */
export function fieldError(errors: FormErrors | null, field: string, nested = false): string | null {
  const found = errors?.fields.find(
    (entry) =>
      entry.field === field ||
      (nested && (entry.field.startsWith(`${field}.`) || entry.field.startsWith(`${field}[`))),
  );
  return found?.message ?? null;
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
