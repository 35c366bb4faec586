import createClient, { ClientPathsWithMethod, MaybeOptionalInit, MethodResponse } from 'openapi-fetch';
import { ApiError, ApiErrorBody, apiHeaders, reportUnauthorized } from './api';
import type { paths } from './types/api.generated';

/**
 * The API's routes typed from its OpenAPI document (openapi-fetch over the generated `paths`):
 * a route, a path parameter, a query, a body or an answer that no longer fits fails
 * `npm run build:web`. Same headers and session cookie as `api()`.
 */
export const client = createClient<paths>({ credentials: 'same-origin' });

client.use({
  onRequest({ request }) {
    for (const [name, value] of Object.entries(apiHeaders())) request.headers.set(name, value);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/auth/'))
      reportUnauthorized();
    return response;
  },
});

type Client = typeof client;
/** A route the API answers to GET. */
export type GetRoute = ClientPathsWithMethod<Client, 'get'>;
/** What a GET of that route answers (200, JSON). */
export type Answer<P extends GetRoute> = MethodResponse<Client, 'get', P>;
/** Its path parameters and query, as the document describes them. */
export type GetInit<P extends GetRoute> = MaybeOptionalInit<paths[P], 'get'>;

/** The data of a typed call, or its refusal thrown as an ApiError (as `api()` does). */
export async function answered<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, (error as ApiErrorBody | undefined) ?? null);
  return data as T;
}

/** GET a typed route: `get('/api/conventions/{id}', { params: { path: { id } } })`. */
export function get<P extends GetRoute>(
  route: P,
  init?: GetInit<P>,
  signal?: AbortSignal,
): Promise<Answer<P>> {
  // The init was checked against the route at the call site; TypeScript cannot follow a generic route here.
  return answered(
    client.GET(route, { ...init, signal } as never) as Promise<{
      data?: Answer<P>;
      error?: unknown;
      response: Response;
    }>,
  );
}
