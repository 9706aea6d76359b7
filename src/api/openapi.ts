import { z } from 'zod';
import type { RouteDefinition } from './route-registry.js';

/** The subset of an OpenAPI 3.1 document this API produces. */
export interface OpenApiDocument {
  openapi: '3.1.1';
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, unknown>>;
}

const PROBLEM = {
  description: 'An RFC 9457 problem: what went wrong and, for bad input, the parameter at fault',
  content: {
    'application/problem+json': {
      schema: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail', 'instance'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          instance: { type: 'string' },
          param: { type: 'string' },
        },
      },
    },
  },
};

/** A zod schema as JSON Schema for an OpenAPI 3.1 document (whose schemas are JSON Schema 2020-12). */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/** hono's `/events/:id` as OpenAPI's `/events/{id}`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function parameters(route: RouteDefinition): unknown[] {
  const list: unknown[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const { description, ...rest } = property as { description?: string };
      list.push({
        name,
        in: where,
        required: where === 'path' || (object.required ?? []).includes(name),
        ...(description === undefined ? {} : { description }),
        schema: rest,
      });
    }
  }
  return list;
}

const content = (media: Record<string, z.ZodType | null>, io: 'input' | 'output') =>
  Object.fromEntries(
    Object.entries(media).map(([type, schema]) => [type, schema === null ? {} : { schema: jsonSchema(schema, io) }]),
  );

/**
 * The OpenAPI 3.1 document of a set of routes, built from the zod schemas each route
 * validates its parameters with and shapes its answers by. Every route may also answer
 * with a problem document.
 *
 * @example
 * openApiDocument(routes).paths['/api/v1/events'].get.parameters // [{ name: 'group', in: 'query', … }, …]
 */
export function openApiDocument(routes: readonly RouteDefinition[]): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    const operation: Record<string, unknown> = {
      operationId: `${route.method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: route.summary,
      tags: [route.tag],
      parameters: parameters(route),
      responses: {
        ...Object.fromEntries(
          Object.entries(route.responses).map(([status, response]) => [
            status,
            {
              description: response.description,
              ...(response.content ? { content: content(response.content, 'output') } : {}),
            },
          ]),
        ),
        default: PROBLEM,
      },
    };
    if (route.body) operation.requestBody = { required: true, content: content(route.body, 'input') };
    (paths[path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.1',
    info: {
      title: 'Chronicle',
      // The version of this API's contract, the `v1` of its paths.
      version: '1.0.0',
      description:
        'A sourced knowledge base of armed groups: organizations, people, relations and events, each linked to the text it comes from.',
    },
    paths,
  };
}
