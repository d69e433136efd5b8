'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ModeDecision, TargetDecision } from '@/server/import/target-corrections';
import type { ConfirmActionResult } from './actions';
import { ModeChanges } from './mode-changes';
import { TargetConflicts } from './target-conflicts';

/** What the administrator settled on after being asked: removals confirmed, and each conflicting target decided. */
export interface ConfirmChoice {
  confirmRemovals: boolean;
  targetDecisions?: Record<string, TargetDecision>;
  modeDecisions?: Record<string, ModeDecision>;
}

interface Props {
  formId: string;
  department: string;
  year: string;
  projectCount: number;
  pending: boolean;
  result: ConfirmActionResult | null;
  onConfirm: (choice: ConfirmChoice) => void;
  onDismiss: () => void;
}

/** The confirm step, kept in view at the bottom, and what came of it; after an import, a new edit asks again. */
export function ConfirmPanel({ formId, department, year, projectCount, pending, result, onConfirm, onDismiss }: Props) {
  return (
    <form
      id={formId}
      aria-label="确认导入"
      className="sticky bottom-0 z-10 flex flex-col gap-2 rounded-t-lg border border-slate-300 bg-white/95 px-4 py-3 shadow-[0_-2px_8px_rgba(0,0,0,0.06)]"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm({ confirmRemovals: false });
      }}
    >
      {result && <ConfirmResult result={result} pending={pending} onConfirm={onConfirm} onDismiss={onDismiss} />}
      {(result === null || result.status === 'error') && (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-slate-700">
            将 {projectCount} 个项目导入 <span className="font-medium">{department.trim() || '（未填写部门）'}</span> {year || '（未填写年度）'} 年度。
            同名项目和指标将被更新，已有填报记录保留。
          </p>
          <Button type="submit" className="ml-auto" disabled={pending}>
            {pending ? '导入中…' : '确认导入'}
          </Button>
        </div>
      )}
    </form>
  );
}

function ConfirmResult({ result, pending, onConfirm, onDismiss }: Omit<Props, 'formId' | 'department' | 'year' | 'projectCount'> & { result: ConfirmActionResult }) {
  if (result.status === 'error') {
    return <p role="status" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">{result.message}</p>;
  }
  if (result.status === 'imported') {
    const { counts } = result;
    return (
      <div role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">
        <p className="font-medium">
          导入成功：{result.department} {result.year} 年度
        </p>
        <p>
          新增 {counts.newProjects} 个项目、{counts.newIndicators} 项指标；更新 {counts.updatedProjects} 个项目、{counts.updatedIndicators} 项指标。
          <Link href={`/projects?dept=${result.departmentId}&year=${result.year}`} className="ml-2 font-medium text-blue-800 underline">
            查看项目
          </Link>
        </p>
      </div>
    );
  }
  return <NeedsConfirmation result={result} pending={pending} onConfirm={onConfirm} onDismiss={onDismiss} />;
}

type Question = Extract<ConfirmActionResult, { status: 'needs-confirmation' }>;

function NeedsConfirmation({ result, pending, onConfirm, onDismiss }: Pick<Props, 'pending' | 'onConfirm' | 'onDismiss'> & { result: Question }) {
  const [decisions, setDecisions] = useState<Record<string, TargetDecision>>({});
  const removes = result.removedProjects.length + result.removedIndicators.length > 0;
  const [modeDecisions, setModeDecisions] = useState<Record<string, ModeDecision>>({});
  const all = Object.fromEntries(result.targetConflicts.map((c) => [c.indicatorId, decisions[c.indicatorId] ?? 'keep']));
  const allModes = Object.fromEntries(result.modeChanges.map((c) => [c.indicatorId, modeDecisions[c.indicatorId] ?? 'accept']));
  return (
    <div role="status" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p className="font-medium">{result.message}</p>
      {result.targetConflicts.length > 0 && (
        <TargetConflicts conflicts={result.targetConflicts} decisions={decisions} onDecide={(id, d) => setDecisions({ ...decisions, [id]: d })} />
      )}
      {result.modeChanges.length > 0 && (
        <ModeChanges changes={result.modeChanges} decisions={modeDecisions} onDecide={(id, d) => setModeDecisions({ ...modeDecisions, [id]: d })} />
      )}
      <ul className="my-1.5 max-h-40 list-disc overflow-y-auto pl-5">
        {result.removedProjects.map((name, i) => (
          <li key={`p${i}`}>项目：{name}（含其全部指标）</li>
        ))}
        {result.removedIndicators.map((ind, i) => (
          <li key={`i${i}`}>
            指标：{ind.project} / {ind.name}
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <Button type="button" variant={removes ? 'danger' : 'primary'} disabled={pending} onClick={() => onConfirm({ confirmRemovals: removes, targetDecisions: all, modeDecisions: allModes })}>
          {pending ? '导入中…' : removes ? '确认删除并导入' : '按所选方式导入'}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={onDismiss}>
          返回修改
        </Button>
      </div>
    </div>
  );
}
