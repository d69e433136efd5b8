import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

function refsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsOf);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : refsOf(value)));
  }
  return [];
}

function resolve(ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], openApiDocument);
}

/** `/api/v1/projects/{id}` for `app/api/v1/projects/[id]/route.ts`, the catch-all left out. */
function routePaths(dir: string, prefix: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'route.ts' ? [prefix] : [];
    if (entry.name.startsWith('[[...')) return [];
    return routePaths(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(\w+)\]$/, '{$1}')}`);
  });
}

describe('openapi.json', () => {
  it('is OpenAPI 3.1 with bearer security', () => {
    expect(openApiDocument.openapi).toBe('3.1.0');
    expect(openApiDocument.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('has every $ref resolve', () => {
    for (const ref of refsOf(openApiDocument)) expect(resolve(ref), ref).toBeDefined();
  });

  it('documents exactly the v1 routes of the app', () => {
    const routes = routePaths(path.resolve('app/api/v1'), '/api/v1').sort();
    expect(Object.keys(openApiDocument.paths).sort()).toEqual(routes);
  });
});
