import { describe, expect, it } from 'vitest';
import { applyPreviewEdit, editIndicator, editProject, mergeWithPrevious, splitProject } from './edit-preview';
import type { ImportPreview, PreviewIndicator, PreviewProject } from './types';

function indicator(seq: number, name: string, value: number | null = seq): PreviewIndicator {
  return {
    seq,
    category: '产出指标',
    subcategory: null,
    name,
    targetText: value === null ? '有所提升' : `${value}次`,
    target: value === null
      ? { kind: 'qualitative', comparator: null, value: null, unit: null, direction: 'higher' }
      : { kind: 'quantitative', comparator: null, value, unit: '次', direction: 'higher' },
    mode: value === null ? 'level' : 'cumulative',
  };
}

function project(name: string, total: number | null, goal: string, names: string[]): PreviewProject {
  return {
    name,
    amounts: { total, fiscal: total, specialAccount: null, other: null },
    goal,
    indicators: names.map((n, i) => indicator(i + 1, n)),
  };
}

const PREVIEW: ImportPreview = {
  title: '项目支出绩效目标表',
  department: '测试局',
  unit: '万元',
  totals: { total: 100, fiscal: 100, specialAccount: null, other: null },
  projects: [
    project('金融交流合作', 77.9, '积极邀请境外中外金融机构和金融组织参与我市各高端金融论坛', ['召开会议', '在本市召开']),
    project('工作经费', 11.2, '内外金融机构参与论坛展会活动。', ['相互走访调研']),
    project('宣传经费', 11.1, '提升影响力。', ['报道数', '专访数', '宣传片']),
  ],
  warnings: [{ line: 17, message: '「工作经费」接续上一项目「金融交流合作」（第15行）' }],
};

describe('editIndicator', () => {
  it('changes only the patched fields of one indicator and leaves the input untouched', () => {
    const next = editIndicator(PREVIEW, 0, 1, { mode: 'level', unit: '场', comparator: '>=' });
    expect(next.projects[0].indicators[1]).toMatchObject({ mode: 'level', target: { unit: '场', comparator: '>=', value: 2 } });
    expect(next.projects[0].indicators[0]).toBe(PREVIEW.projects[0].indicators[0]);
    expect(PREVIEW.projects[0].indicators[1].mode).toBe('cumulative');
    expect(next.projects[1]).toBe(PREVIEW.projects[1]);
  });

  it('stores a blank unit as none and sets category, value and direction', () => {
    const next = editIndicator(PREVIEW, 2, 0, { unit: '  ', category: '效益指标', value: 12.5, direction: 'lower' });
    expect(next.projects[2].indicators[0]).toMatchObject({ category: '效益指标', target: { unit: null, value: 12.5, direction: 'lower' } });
  });

  it('clears the number and unit when the target becomes qualitative, which counts its latest status', () => {
    const next = editIndicator(PREVIEW, 0, 0, { kind: 'qualitative' });
    expect(next.projects[0].indicators[0].target).toEqual({ kind: 'qualitative', comparator: null, value: null, unit: null, direction: 'higher' });
    expect(next.projects[0].indicators[0].mode).toBe('level');
    expect(next.projects[0].indicators[0].targetText).toBe('1次');
  });

  it('keeps an explicit mode given with the switch to qualitative', () => {
    expect(editIndicator(PREVIEW, 0, 0, { kind: 'qualitative', mode: 'cumulative' }).projects[0].indicators[0].mode).toBe('cumulative');
  });

  it('ignores indices out of range', () => {
    expect(editIndicator(PREVIEW, 5, 0, { mode: 'level' })).toBe(PREVIEW);
    expect(editIndicator(PREVIEW, 0, 9, { mode: 'level' })).toBe(PREVIEW);
  });
});

describe('editProject', () => {
  it('renames and changes one amount, keeping the others', () => {
    const next = editProject(PREVIEW, 1, { name: '交流合作工作经费', amounts: { total: 12 } });
    expect(next.projects[1].name).toBe('交流合作工作经费');
    expect(next.projects[1].amounts).toEqual({ total: 12, fiscal: 11.2, specialAccount: null, other: null });
    expect(next.projects[1].goal).toBe(PREVIEW.projects[1].goal);
  });
});

describe('mergeWithPrevious', () => {
  const merged = mergeWithPrevious(PREVIEW, 1);

  it('appends the indicators to the previous project and renumbers them', () => {
    expect(merged.projects).toHaveLength(2);
    expect(merged.projects[0].indicators.map((i) => [i.seq, i.name])).toEqual([
      [1, '召开会议'],
      [2, '在本市召开'],
      [3, '相互走访调研'],
    ]);
  });

  it('joins the goals directly and keeps the name and amounts of the first', () => {
    expect(merged.projects[0].goal).toBe('积极邀请境外中外金融机构和金融组织参与我市各高端金融论坛内外金融机构参与论坛展会活动。');
    expect(merged.projects[0].name).toBe('金融交流合作');
    expect(merged.projects[0].amounts.total).toBe(77.9);
    expect(merged.projects[1]).toBe(PREVIEW.projects[2]);
  });

  it('keeps the warnings, totals and header', () => {
    expect(merged.warnings).toBe(PREVIEW.warnings);
    expect(merged.totals).toBe(PREVIEW.totals);
    expect(merged.department).toBe('测试局');
  });

  it('cannot merge the first project or one that does not exist', () => {
    expect(mergeWithPrevious(PREVIEW, 0)).toBe(PREVIEW);
    expect(mergeWithPrevious(PREVIEW, 3)).toBe(PREVIEW);
  });
});

describe('splitProject', () => {
  const split = splitProject(PREVIEW, 2, 1, '  专访与宣传片  ');

  it('moves the indicators from the chosen one on into a new project right after', () => {
    expect(split.projects.map((p) => p.name)).toEqual(['金融交流合作', '工作经费', '宣传经费', '专访与宣传片']);
    expect(split.projects[2].indicators.map((i) => i.name)).toEqual(['报道数']);
    expect(split.projects[3].indicators.map((i) => [i.seq, i.name])).toEqual([
      [1, '专访数'],
      [2, '宣传片'],
    ]);
  });

  it('gives the new project no amounts and no goal', () => {
    expect(split.projects[3].amounts).toEqual({ total: null, fiscal: null, specialAccount: null, other: null });
    expect(split.projects[3].goal).toBe('');
    expect(split.projects[2].amounts.total).toBe(11.1);
  });

  it('needs a name and leaves at least one indicator behind', () => {
    expect(splitProject(PREVIEW, 2, 1, '   ')).toBe(PREVIEW);
    expect(splitProject(PREVIEW, 2, 0, '新项目')).toBe(PREVIEW);
    expect(splitProject(PREVIEW, 2, 3, '新项目')).toBe(PREVIEW);
    expect(splitProject(PREVIEW, 7, 1, '新项目')).toBe(PREVIEW);
  });

  it('is undone by merging the new project back', () => {
    expect(mergeWithPrevious(split, 3).projects).toEqual(PREVIEW.projects);
  });
});

describe('applyPreviewEdit', () => {
  it('dispatches each kind of edit', () => {
    expect(applyPreviewEdit(PREVIEW, { type: 'merge-with-previous', project: 1 })).toEqual(mergeWithPrevious(PREVIEW, 1));
    expect(applyPreviewEdit(PREVIEW, { type: 'split-project', project: 2, indicator: 2, name: '宣传片' }).projects).toHaveLength(4);
    expect(applyPreviewEdit(PREVIEW, { type: 'edit-project', project: 0, patch: { goal: '新目标' } }).projects[0].goal).toBe('新目标');
    const edited = applyPreviewEdit(PREVIEW, { type: 'edit-indicator', project: 0, indicator: 0, patch: { mode: 'level' } });
    expect(edited.projects[0].indicators[0].mode).toBe('level');
  });
});
