import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './safe-next-path';

/** One form per rule; the full hostile table is in test/support/bad-input-corpus.ts (OPEN_REDIRECTS). */
const HOSTILE = ['//evil.example', '/\\evil.example', '/%5Cevil.example', '/\t/evil.example', 'https://evil.example', 'javascript:alert(1)'];

describe('safeNextPath', () => {
  it.each(HOSTILE)('refuses %j', (raw) => {
    expect(safeNextPath(raw)).toBe('/');
  });

  it.each([
    ['/projects/3?asOf=2022-06', '/projects/3?asOf=2022-06'],
    ['/', '/'],
    ['/projects?q=%E9%87%91%E8%9E%8D&page=2', '/projects?q=%E9%87%91%E8%9E%8D&page=2'],
    ['/admin/users/5', '/admin/users/5'],
    ['/login?next=//evil.example', '/login?next=//evil.example'],
    ['/audit#top', '/audit#top'],
    ['/projects/../admin/tokens', '/admin/tokens'],
    ['/projects/项目', '/projects/%E9%A1%B9%E7%9B%AE'],
  ])('keeps the site path %j', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it('uses the fallback for what is not a string', () => {
    for (const raw of [undefined, null, 3, ['/projects'], { path: '/' }]) expect(safeNextPath(raw, '/inbox')).toBe('/inbox');
  });
});

describe('loginPathFor', () => {
  it('carries the page asked for, encoded, and nothing for the home page or a hostile path', () => {
    expect(loginPathFor('/projects/3?asOf=2022-06')).toBe('/login?next=%2Fprojects%2F3%3FasOf%3D2022-06');
    expect(loginPathFor('/')).toBe('/login');
    expect(loginPathFor(null)).toBe('/login');
    expect(loginPathFor('//evil.example')).toBe('/login');
  });
});
