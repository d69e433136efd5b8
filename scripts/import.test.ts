import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/db/client';
import { projects } from '@/db/schema';

const SEED = 'db/seed-data/guangzhou-jinrong-2022.txt';

function runImport(args: string[], env: Record<string, string> = {}) {
  return spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('the import command', () => {
  it('prints exactly the preview JSON on stdout with --dry-run --json', () => {
    const result = runImport(['--dry-run', '--json', SEED]);
    expect(result.status).toBe(0);
    const preview = JSON.parse(result.stdout);
    expect(preview.projects).toHaveLength(34);
    expect(preview.projects.flatMap((p: { indicators: unknown[] }) => p.indicators)).toHaveLength(167);
    expect(preview.totals.total).toBe(24838.14);
    expect(preview.projects[0].amounts).toEqual({ total: 30, fiscal: 30, specialAccount: null, other: null });
    expect(preview.projects[0].indicators[1]).toEqual({
      seq: 2,
      category: '产出指标',
      subcategory: null,
      name: '参加会议人数',
      targetText: '30',
      target: { kind: 'quantitative', comparator: null, value: 30, unit: null, direction: 'higher' },
      mode: 'cumulative',
    });
  }, 30_000);

  it.each([
    ['test/fixtures/tables/guangzhou-jinrong-2022.pdf', 'pdf', 'inline', 34, 167],
    ['test/fixtures/tables/hubei-huangshi-dangxiao-2022.docx', 'docx', 'grid', 1, 13],
    ['test/fixtures/tables/hubei-huangshi-dangxiao-2022.html', 'html', 'grid', 1, 13],
    ['test/fixtures/tables/ningxia-tongxin-peixun-2025.txt', 'text', 'prose', 1, 9],
  ])('gives the same preview JSON for %s', (file, format, layout, projectCount, indicatorCount) => {
    const result = runImport(['--dry-run', '--json', file]);
    expect(result.status).toBe(0);
    const preview = JSON.parse(result.stdout);
    expect(preview).toMatchObject({ format, layout: { id: layout } });
    expect(preview.projects).toHaveLength(projectCount);
    expect(preview.projects.flatMap((p: { indicators: unknown[] }) => p.indicators)).toHaveLength(indicatorCount);
    expect(preview.projects[0]).toMatchObject({ layout, line: expect.any(Number) });
  }, 60_000);

  it('refuses unreadable input with exit code 2 and a message on stderr, writing nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-import-'));
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, '这不是一张绩效目标表\n');
    const database = path.join(dir, 'import.db');
    const result = runImport([bad], { DATABASE_URL: database });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('未识别到项目支出绩效目标表');
    expect(fs.existsSync(database)).toBe(false);
    expect(runImport(['--year', '22', SEED]).status).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('imports into the database named by DATABASE_URL, the year inferred from the project names', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-import-'));
    const database = path.join(dir, 'import.db');
    const result = runImport(['--json', '--department', '测试部门', SEED], { DATABASE_URL: database });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ newProjects: 34, department: '测试部门', year: 2022 });
    const db = openDb(database);
    expect(db.select().from(projects).all().length).toBe(68); // the demo table and this one
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);
});
