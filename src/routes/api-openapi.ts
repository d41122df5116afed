/**
 * What every API route declares in the OpenAPI document besides its own schema: the optional
 * `?lang=`, and the answers every document can give (304, 400, 404, 503). The route's query
 * schema is also what @hono/zod-openapi validates the request with, so the documented and the
 * enforced rules are one.
 */
import { z, type RouteConfig } from '@hono/zod-openapi';
import { LANGUAGE_TAG } from '../api/request';
import { apiError } from '../api/native/schemas';
import { JSON_CONTENT_TYPE } from './api-serve';

export const languageQuery = z.object({
  lang: z
    .string()
    .regex(LANGUAGE_TAG)
    .optional()
    .openapi({
      description: 'The language of names and texts: one the site offers (`site.langs` in /api/v1/status). Default: the site’s default language.',
      example: 'en',
    }),
});

const errorContent = { 'application/json': { schema: apiError } };

export const COMMON_RESPONSES = {
  304: { description: 'Not modified: the ETag given in If-None-Match is current.' },
  400: { description: 'A parameter is malformed, or `lang` names a language the site does not offer.', content: errorContent },
  503: { description: 'The database cannot be reached and no earlier copy of the document is kept.', content: errorContent },
} as const;

export const NOT_FOUND_RESPONSE = { 404: { description: 'No such document.', content: errorContent } } as const;

/** The 200 answer with its schema, and the common answers. */
export function documentResponses<Schema extends z.ZodType>(schema: Schema, description: string) {
  return {
    200: {
      description,
      headers: z.object({
        ETag: z.string().openapi({ description: 'Changes with the data: send it back as If-None-Match.' }),
        'Access-Control-Allow-Origin': z.literal('*'),
      }),
      content: { [JSON_CONTENT_TYPE.split(';')[0]!]: { schema } },
    },
    ...COMMON_RESPONSES,
  } satisfies RouteConfig['responses'];
}

/**
 * @hono/zod-openapi types a handler's answer from the route's schemas. Ours come as bytes from
 * the revision cache (src/http/serve-page.ts), or as a 304, already parsed through that schema
 * before they were kept, which the type cannot see.
 */
export function fromCache(response: Promise<Response>): Promise<never> {
  return response as Promise<never>;
}
