/**
 * Corrections the importer's user makes to a preview before confirming it: fix a parsed field, merge a project
 * the parser separated, split one it joined. Pure: every edit returns a new preview; an edit that does not
 * apply (index out of range, blank name) returns the preview unchanged.
 */
import type { Category, Comparator, Direction, MeasureMode, TargetKind } from '../target-value/types';
import type { Amounts, ImportPreview, PreviewIndicator, PreviewProject } from './types';

export interface IndicatorPatch {
  category?: Category | null;
  kind?: TargetKind;
  comparator?: Comparator | null;
  value?: number | null;
  unit?: string | null;
  direction?: Direction | null;
  mode?: MeasureMode;
}

export interface ProjectPatch {
  name?: string;
  goal?: string;
  amounts?: Partial<Amounts>;
}

export type PreviewEdit =
  | { type: 'edit-indicator'; project: number; indicator: number; patch: IndicatorPatch }
  | { type: 'edit-project'; project: number; patch: ProjectPatch }
  | { type: 'merge-with-previous'; project: number }
  | { type: 'split-project'; project: number; indicator: number; name: string };

const NO_AMOUNTS: Amounts = { total: null, fiscal: null, specialAccount: null, other: null };

function replaceProjects(preview: ImportPreview, at: number, count: number, ...projects: PreviewProject[]): ImportPreview {
  const next = [...preview.projects];
  next.splice(at, count, ...projects);
  return { ...preview, projects: next };
}

function renumber(indicators: PreviewIndicator[]): PreviewIndicator[] {
  return indicators.map((indicator, i) => ({ ...indicator, seq: i + 1 }));
}

/**
 * Corrects an indicator's parsed fields; a blank unit is none. A qualitative target has no number or unit, so switching to it
 * clears them, and its latest status counts (时点); the text as written (`targetText`) is never changed.
 */
export function editIndicator(preview: ImportPreview, projectIndex: number, indicatorIndex: number, patch: IndicatorPatch): ImportPreview {
  const project = preview.projects[projectIndex];
  const indicator = project?.indicators[indicatorIndex];
  if (!indicator) return preview;
  const { category, mode, ...targetPatch } = patch;
  const target = { ...indicator.target, ...targetPatch };
  if (targetPatch.unit !== undefined && !targetPatch.unit?.trim()) target.unit = null;
  const toQualitative = targetPatch.kind === 'qualitative' && indicator.target.kind !== 'qualitative';
  if (toQualitative) Object.assign(target, { value: null, unit: null });
  const edited: PreviewIndicator = {
    ...indicator,
    category: category === undefined ? indicator.category : category,
    target,
    mode: mode ?? (toQualitative ? 'level' : indicator.mode),
  };
  const indicators = project.indicators.map((ind, i) => (i === indicatorIndex ? edited : ind));
  return replaceProjects(preview, projectIndex, 1, { ...project, indicators });
}

/** Corrects a project's name, goal or amounts (万元; `null` is an empty cell). */
export function editProject(preview: ImportPreview, projectIndex: number, patch: ProjectPatch): ImportPreview {
  const project = preview.projects[projectIndex];
  if (!project) return preview;
  const edited: PreviewProject = {
    ...project,
    name: patch.name ?? project.name,
    goal: patch.goal ?? project.goal,
    amounts: { ...project.amounts, ...patch.amounts },
  };
  return replaceProjects(preview, projectIndex, 1, edited);
}

/**
 * Joins a project to the one before it, as a page break should have: its indicators are appended and
 * renumbered, its goal is appended directly (page breaks cut mid-word), and the name and amounts stay the
 * previous project's.
 */
export function mergeWithPrevious(preview: ImportPreview, projectIndex: number): ImportPreview {
  const previous = preview.projects[projectIndex - 1];
  const project = preview.projects[projectIndex];
  if (projectIndex < 1 || !previous || !project) return preview;
  const merged: PreviewProject = {
    ...previous,
    goal: `${previous.goal.trim()}${project.goal.trim()}`,
    indicators: renumber([...previous.indicators, ...project.indicators]),
  };
  return replaceProjects(preview, projectIndex - 1, 2, merged);
}

/**
 * Moves the indicators from `indicatorIndex` on into a new project named `name`, right after this one, with
 * no amounts and no goal (the user fills them in). At least one indicator stays behind.
 */
export function splitProject(preview: ImportPreview, projectIndex: number, indicatorIndex: number, name: string): ImportPreview {
  const project = preview.projects[projectIndex];
  const newName = name.trim();
  if (!project || !newName || indicatorIndex < 1 || indicatorIndex >= project.indicators.length) return preview;
  const kept: PreviewProject = { ...project, indicators: project.indicators.slice(0, indicatorIndex) };
  const split: PreviewProject = {
    name: newName,
    amounts: { ...NO_AMOUNTS },
    goal: '',
    indicators: renumber(project.indicators.slice(indicatorIndex)),
  };
  return replaceProjects(preview, projectIndex, 1, kept, split);
}

/** The reducer the preview editor keeps its state with. */
export function applyPreviewEdit(preview: ImportPreview, edit: PreviewEdit): ImportPreview {
  switch (edit.type) {
    case 'edit-indicator':
      return editIndicator(preview, edit.project, edit.indicator, edit.patch);
    case 'edit-project':
      return editProject(preview, edit.project, edit.patch);
    case 'merge-with-previous':
      return mergeWithPrevious(preview, edit.project);
    case 'split-project':
      return splitProject(preview, edit.project, edit.indicator, edit.name);
  }
}
