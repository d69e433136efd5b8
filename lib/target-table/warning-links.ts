import type { ImportPreview, ImportWarning } from './types';

/** The shortest indicator name a quoted item may start with to count as naming that indicator. */
const MIN_INDICATOR_PREFIX = 4;

function quotedNames(message: string): { located: string[]; all: string[] } {
  // `[^「」]`: a run of 「 without its 」 must not make every 「 scan to the end of the message.
  const located = [...message.matchAll(/「([^「」]+)」（第\d+行）/g)].map((m) => m[1]);
  const all = [...message.matchAll(/「([^「」]+)」/g)].map((m) => m[1]);
  return { located, all };
}

function projectNamed(preview: ImportPreview, name: string): number | null {
  const index = preview.projects.findIndex((p) => p.name === name);
  return index >= 0 ? index : null;
}

function projectWithIndicator(preview: ImportPreview, quoted: string): number | null {
  const index = preview.projects.findIndex((p) =>
    p.indicators.some((ind) => ind.name === quoted || (ind.name.length >= MIN_INDICATOR_PREFIX && quoted.startsWith(ind.name))),
  );
  return index >= 0 ? index : null;
}

/**
 * Which project a warning concerns, by the names its message quotes (`「…」`), or null when it names none
 * (totals, numbering). A project placed by its line (`「X」（第15行）`) wins over other quoted names, since a
 * fragment row's own name may be another project's; then a project's name; then an indicator's name, or the
 * item text that starts with it (`「新设金融机构地区总部2家」`).
 */
export function warningProject(preview: ImportPreview, warning: ImportWarning): number | null {
  const { located, all } = quotedNames(warning.message);
  for (const name of located) {
    const index = projectNamed(preview, name);
    if (index !== null) return index;
  }
  for (const name of all) {
    const index = projectNamed(preview, name);
    if (index !== null) return index;
  }
  for (const quoted of all) {
    const index = projectWithIndicator(preview, quoted);
    if (index !== null) return index;
  }
  return null;
}
