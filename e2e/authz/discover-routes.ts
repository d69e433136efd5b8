import fs from 'node:fs';
import path from 'node:path';

const APP = 'app';

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** `app/(app)/projects/[id]/page.tsx` → `/projects/[id]`: route groups vanish from the URL. */
function routeOf(file: string): string {
  const segments = path.dirname(path.relative(APP, file)).split(path.sep).filter((s) => s !== '.' && !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

/** Every page of the app, by URL pattern. */
export function discoverPages(): string[] {
  return walk(APP).filter((f) => /\/page\.tsx$/.test(f)).map(routeOf).sort();
}

/** Every route handler as `METHOD /path`. */
export function discoverRouteHandlers(): string[] {
  return walk(APP)
    .filter((f) => /\/route\.ts$/.test(f))
    .flatMap((file) => {
      const source = fs.readFileSync(file, 'utf8');
      const methods = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      // `export const { GET, POST } = …` and `export { handler as GET, … }`
      for (const m of source.matchAll(/export\s+(?:const\s*)?\{([^}]*)\}/g)) {
        for (const part of m[1].split(',')) {
          const name = part.trim().split(/\s+as\s+/).pop()!;
          if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) methods.add(name);
        }
      }
      return [...methods].map((method) => `${method} ${routeOf(file)}`);
    })
    .sort();
}

/** Every server action: the exports of `'use server'` files, as `file#name`. */
export function discoverServerActions(): string[] {
  return walk(APP)
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) => /^\s*['"]use server['"]/.test(fs.readFileSync(f, 'utf8')))
    .flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => `${path.relative('.', file)}#${m[1]}`),
    )
    .sort();
}
