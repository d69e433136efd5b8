import { getDb } from '@/db';
import { getOwnerAssignments } from '@/server/users/owner-assignments';
import { deniedPage } from '../../../access-denied';
import { requirePageActor } from '../../../page-actor';
import { NoData } from '../../../no-data';
import { AdminHeader } from '../admin-header';
import { ADMIN_ONLY_MESSAGE } from '../admin-page';
import { BudgetYearSelect } from './budget-year-select';
import { OwnersForm } from './owners-form';

export default async function OwnersPage({ searchParams }: { searchParams: Promise<{ budgetYear?: string }> }) {
  const actor = await requirePageActor();
  if (actor.role !== 'admin') return deniedPage(actor, '/admin/users/owners', ADMIN_ONLY_MESSAGE);
  const view = getOwnerAssignments(getDb(), actor, Number((await searchParams).budgetYear) || null);
  if (!view) return <NoData />;
  const { budgetYear } = view;
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader current="owners">
        <BudgetYearSelect options={view.options} value={budgetYear.id} />
      </AdminHeader>
      <p className="text-sm text-slate-600">
        {budgetYear.departmentName} · {budgetYear.year}年度 · 共 {view.projects.length} 个项目。勾选每个项目的负责人（可多选），只有负责人可以填报该项目；每个项目至少保留一名负责人。
      </p>
      {view.candidates.length === 0 ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
          {budgetYear.departmentName}还没有项目负责人。请先在“用户”中新建角色为项目负责人、所属部门为本部门的用户。
        </p>
      ) : (
        <OwnersForm key={budgetYear.id} budgetYearId={budgetYear.id} projects={view.projects} candidates={view.candidates} />
      )}
    </div>
  );
}
