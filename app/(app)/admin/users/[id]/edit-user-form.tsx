'use client';

import { useState } from 'react';
import type { UserRow } from '@/db/queries/users';
import type { Department } from '@/db/schema';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../../use-form-action';
import { updateUserAction } from '../actions';
import { DepartmentSelect } from '../department-select';
import type { RoleOption } from '../role-options';

export function EditUserForm({ user, roles, departments }: { user: UserRow; roles: RoleOption[]; departments: Department[] }) {
  const { state, pending, onSubmit } = useFormAction(updateUserAction);
  const [role, setRole] = useState<string>(user.role);
  const [departmentId, setDepartmentId] = useState(user.departmentId == null ? '' : String(user.departmentId));
  const errors = state.fieldErrors;
  return (
    <form onSubmit={onSubmit} aria-label="修改姓名、角色与部门" className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={user.id} />
      <fieldset disabled={pending} className="grid gap-3 md:grid-cols-3">
        <Field label="姓名" htmlFor="edit-display-name" errors={errors.displayName}>
          <input id="edit-display-name" name="displayName" defaultValue={user.displayName} required maxLength={50} className={inputClass} />
        </Field>
        <Field label="角色" htmlFor="edit-role" errors={errors.role}>
          <select id="edit-role" name="role" value={role} onChange={(e) => setRole(e.target.value)} className={inputClass}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="所属部门" htmlFor="edit-department" errors={errors.departmentId}>
          <DepartmentSelect
            id="edit-department"
            departments={departments}
            value={departmentId}
            onChange={setDepartmentId}
            disabled={role === 'admin' || role === 'auditor'}
          />
        </Field>
      </fieldset>
      <p className="text-xs text-slate-500">
        项目负责人改为其他角色或调往其他部门时，将不再负责原部门的项目；若某个项目只有他一名负责人，请先在“项目负责人”中另行指定。
      </p>
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? '保存中…' : '保存'}
        </Button>
      </div>
    </form>
  );
}
