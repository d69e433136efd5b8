import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { openApiResponses } from '@/test/support/openapi-validator';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { overviewJson } from '../overview';
import { listProjectsJson, projectJson } from '../projects';
import { roundJson, roundProjectJson } from '../round-json';
import { listRounds, openRound } from '@/server/rounds/manage-rounds';
import { getRoundProject } from '@/server/rounds/round-view';
import { openApiDocument } from './document';

const document = openApiDocument();

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
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
}

/** `GET /api/v1/projects/{id}` for each handler `app/api/v1/projects/[id]/route.ts` exports, the catch-all left out. */
function routeOperations(dir: string, prefix: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) {
      if (entry.name !== 'route.ts') return [];
      const source = fs.readFileSync(path.join(dir, entry.name), 'utf8');
      return [...source.matchAll(/export (?:(?:async )?function|const) (GET|PUT|POST|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${prefix}`);
    }
    if (entry.name.startsWith('[[...')) return [];
    return routeOperations(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(\w+)\]$/, '{$1}')}`);
  });
}

const documented = Object.entries(document.paths).flatMap(([p, operations]) => Object.keys(operations).map((m) => `${m.toUpperCase()} ${p}`));

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with bearer security', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('has every $ref resolve', () => {
    const refs = refsOf(document);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(resolve(ref), ref).toBeDefined();
  });

  it('documents exactly the handlers of the v1 routes, each with its own operationId', () => {
    expect(documented.sort()).toEqual(routeOperations(path.resolve('app/api/v1'), '/api/v1').sort());
    const ids = Object.values(document.paths).flatMap((operations) => Object.values(operations).map((o) => (o as { operationId: string }).operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes every schema completely: no part left as "anything" except the read-only fields a client may send back', () => {
    const loose: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      if (!Array.isArray(node) && Object.keys(node).filter((k) => k !== 'description').length === 0) loose.push(where);
      for (const [key, value] of Object.entries(node)) walk(value, `${where}/${key}`);
    };
    walk(document.components.schemas, '#/components/schemas');
    expect(loose.sort()).toEqual(['at', 'by', 'confirmedWarnings', 'id', 'period'].map((f) => `#/components/schemas/EntryInput/properties/${f}`));
  });

  it('declares request bodies as the use cases parse them: unknown fields refused, read-only ones allowed', () => {
    const entryInput = document.components.schemas.EntryInput as { additionalProperties: boolean; properties: Record<string, unknown> };
    expect(entryInput.additionalProperties).toBe(false);
    expect(Object.keys(entryInput.properties)).toEqual(['value', 'status', 'unit', 'forecast', 'reasons', 'explanation', 'possibility', 'note', 'confirm', 'id', 'period', 'by', 'at', 'confirmedWarnings']);
    expect(document.components.schemas.ExecutionInput).toMatchObject({ required: ['amount'], additionalProperties: false });
  });
});

describe('responses of the use cases, against the document', () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(() => ({ db, cleanup } = createDemoDb()));
  afterAll(() => cleanup());
  const responses = openApiResponses(document);
  const today = new Date('2023-03-01T04:00:00Z');

  it('match the schemas of the list, a project and the overview', () => {
    const leader = actorOf(db, 'leader');
    const list = listProjectsJson(db, leader, { year: 2022 }, today);
    expect(responses.problems('GET /api/v1/projects 200', list)).toEqual([]);
    for (const { id } of list.projects.slice(0, 5)) {
      expect(responses.problems('GET /api/v1/projects/{id} 200', projectJson(db, leader, id, '2022-11', today))).toEqual([]);
    }
    expect(responses.problems('GET /api/v1/overview 200', overviewJson(db, leader, { year: 2022 }, today))).toEqual([]);
  });

  it('match the schemas of a round, the list of rounds and a project in a round', () => {
    const leader = actorOf(db, 'leader');
    const round = openRound(db, actorOf(db, 'admin'), { year: 2022, departmentId: leader.departmentId, period: '2022-07', deadline: '2022-08-15', official: true });
    expect(responses.problems('POST /api/v1/rounds 201', roundJson(round))).toEqual([]);
    expect(responses.problems('GET /api/v1/rounds 200', { rounds: listRounds(db, leader, 2022).map(roundJson) })).toEqual([]);
    const inRound = roundProjectJson(getRoundProject(db, leader, round.id, 1));
    expect(inRound.missing.length).toBeGreaterThan(0);
    expect(responses.problems('GET /api/v1/rounds/{id}/projects/{projectId} 200', inRound)).toEqual([]);
    expect(responses.problems('GET /api/v1/rounds/{id}/projects/{projectId} 200', { ...inRound, state: 'draft' })).not.toEqual([]);
  });

  it('catch a body that strays from them', () => {
    const list = listProjectsJson(db, actorOf(db, 'leader'), { year: 2022 }, today);
    const [first] = list.projects;
    expect(responses.problems('GET /api/v1/projects 200', { projects: [{ ...first, light: 'purple' }] })).not.toEqual([]);
    expect(responses.problems('GET /api/v1/projects 200', { projects: [{ ...first, extra: 1 }] })).not.toEqual([]);
    expect(responses.problems('GET /api/v1/projects 200', { projects: [{ ...first, executionRate: '45%' }] })).not.toEqual([]);
  });
});
