'use client';

import type { Department } from '@/db/schema';
import { PASSWORD_POLICY_HINT } from '@/lib/auth/password-policy';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../use-form-action';
import { createUserAction } from './actions';
import { RoleDepartmentFields } from './role-department-fields';
import type { RoleOption } from './role-options';

export function CreateUserForm({ roles, departments }: { roles: RoleOption[]; departments: Department[] }) {
  const { state, pending, ready, ref, onSubmit } = useFormAction(createUserAction, { resetOnSuccess: true });
  const errors = state.fieldErrors;
  return (
    <form ref={ref} method="post" onSubmit={onSubmit} aria-label="新建用户" className="flex flex-col gap-3">
      <fieldset disabled={pending} className="grid gap-3 md:grid-cols-3 lg:grid-cols-5">
        <Field label="用户名" htmlFor="new-username" errors={errors.username} hint="登录用，英文字母、数字或 _ . -">
          <input id="new-username" name="username" autoComplete="off" required maxLength={32} className={inputClass} />
        </Field>
        <Field label="姓名" htmlFor="new-display-name" errors={errors.displayName}>
          <input id="new-display-name" name="displayName" autoComplete="off" required maxLength={50} className={inputClass} />
        </Field>
        <RoleDepartmentFields
          idPrefix="new"
          roles={roles}
          departments={departments}
          initialRole="owner"
          initialDepartmentId={departments.length === 1 ? String(departments[0].id) : ''}
          errors={errors}
        />
        <Field label="初始密码" htmlFor="new-password" errors={errors.password} hint={`${PASSWORD_POLICY_HINT}；一次性，首次登录须修改`}>
          <input id="new-password" name="password" type="password" autoComplete="new-password" required className={inputClass} />
        </Field>
      </fieldset>
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending || !ready}>
          {pending ? '保存中…' : '新建用户'}
        </Button>
      </div>
    </form>
  );
}
