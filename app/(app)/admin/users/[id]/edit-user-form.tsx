'use client';

import type { UserRow } from '@/db/queries/users';
import type { Department } from '@/db/schema';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../../use-form-action';
import { updateUserAction } from '../actions';
import { RoleDepartmentFields } from '../role-department-fields';
import type { RoleOption } from '../role-options';

export function EditUserForm({ user, roles, departments }: { user: UserRow; roles: RoleOption[]; departments: Department[] }) {
  const { state, pending, onSubmit } = useFormAction(updateUserAction);
  const errors = state.fieldErrors;
  return (
    <form onSubmit={onSubmit} aria-label="修改姓名、角色与部门" className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={user.id} />
      <fieldset disabled={pending} className="grid gap-3 md:grid-cols-3">
        <Field label="姓名" htmlFor="edit-display-name" errors={errors.displayName}>
          <input id="edit-display-name" name="displayName" defaultValue={user.displayName} required maxLength={50} className={inputClass} />
        </Field>
        <RoleDepartmentFields
          idPrefix="edit"
          roles={roles}
          departments={departments}
          initialRole={user.role}
          initialDepartmentId={user.departmentId == null ? '' : String(user.departmentId)}
          errors={errors}
        />
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
