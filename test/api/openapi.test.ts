/* eslint-disable @typescript-eslint/no-explicit-any -- the document is checked by the assertions, not by types */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { openApiPath } from '../../src/api/openapi.js';
import { BACKENDS, useGoldStore } from '../store/backends.js';
import { call } from './request.js';

const kb = useGoldStore(BACKENDS[0]!);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

describe('the OpenAPI document', () => {
  it('describes every route the app serves, with the method and path it is served at', async () => {
    const app = createApp(kb.store, { webRoot: '/nonexistent' });
    const { status, body } = await call(app, '/api/v1/openapi.json');
    expect(status).toBe(200);
    const served = app.routes.filter((r) => r.method !== 'ALL');
    expect(served.length).toBeGreaterThan(15);
    for (const route of served) {
      const path = openApiPath(route.path.replace(/(.)\/$/, '$1'));
      expect(body.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
    const documented = Object.entries(body.paths).flatMap(([path, ops]) =>
      Object.keys(ops as object).map((m) => `${m} ${path}`),
    );
    // A route with middleware appears once per handler in hono's table.
    expect(documented).toHaveLength(new Set(served.map((r) => `${r.method} ${r.path}`)).size);
  });

  it('is OpenAPI 3.1: info, unique operation ids, declared path parameters, responses and JSON Schemas that compile', async () => {
    const { body } = await call(createApp(kb.store, { webRoot: '/nonexistent' }), '/api/v1/openapi.json');
    expect(body.openapi).toMatch(/^3\.1\.\d+$/);
    expect(body.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const ajv = new Ajv2020({ strict: false });
    const ids = new Set<string>();
    for (const [path, operations] of Object.entries<any>(body.paths)) {
      expect(path.startsWith('/')).toBe(true);
      for (const [method, op] of Object.entries<any>(operations)) {
        expect(METHODS).toContain(method);
        expect(ids.has(op.operationId), op.operationId).toBe(false);
        ids.add(op.operationId);
        const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const declared = op.parameters.filter((p: any) => p.in === 'path');
        expect(declared.map((p: any) => p.name).sort()).toEqual(inPath.sort());
        expect(declared.every((p: any) => p.required === true)).toBe(true);
        for (const p of op.parameters) {
          expect(['query', 'path', 'header', 'cookie']).toContain(p.in);
          expect(() => ajv.compile(p.schema), `${method} ${path} ${p.name}`).not.toThrow();
        }
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
        for (const response of Object.values<any>(op.responses)) {
          expect(typeof response.description).toBe('string');
          for (const media of Object.values<any>(response.content ?? {})) {
            if (media.schema) expect(() => ajv.compile(media.schema), `${method} ${path}`).not.toThrow();
          }
        }
      }
    }
  });

  it('documents the event filters with the codebook values and validates a real answer against its schema', async () => {
    const app = createApp(kb.store, { webRoot: '/nonexistent' });
    const { body } = await call(app, '/api/v1/openapi.json');
    const list = body.paths['/api/v1/events'].get;
    const param = (name: string) => list.parameters.find((p: any) => p.name === name);
    expect(param('category').schema.enum).toEqual(['attack', 'security_operation', 'organizational']);
    expect(param('sort').schema.enum).toContain('-killed');
    for (const name of ['group', 'person', 'from', 'to', 'place', 'killed_min', 'injured_min', 'review', 'cursor'])
      expect(param(name), name).toBeDefined();
    const validate = new Ajv2020({ strict: false }).compile(list.responses['200'].content['application/json'].schema);
    const page = (await call(app, '/api/v1/events?limit=50')).body;
    expect(validate(page), JSON.stringify(validate.errors)).toBe(true);
  });
});
