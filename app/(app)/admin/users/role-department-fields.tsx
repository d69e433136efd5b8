'use client';

import { useState } from 'react';
import type { Department } from '@/db/schema';
import { belongsToDepartment, type Role } from '@/lib/auth/roles';
import { Field, inputClass } from '@/components/ui/field';
import { DepartmentSelect } from './department-select';
import type { RoleOption } from './role-options';

interface Props {
  idPrefix: string;
  roles: RoleOption[];
  departments: Department[];
  initialRole: string;
  initialDepartmentId: string;
  errors: Record<string, string[]>;
}

/** 角色 and 所属部门: only 部门领导 and 项目负责人 belong to a department, so the select is off for the other roles. */
export function RoleDepartmentFields({ idPrefix, roles, departments, initialRole, initialDepartmentId, errors }: Props) {
  const [role, setRole] = useState(initialRole);
  const [departmentId, setDepartmentId] = useState(initialDepartmentId);
  return (
    <>
      <Field label="角色" htmlFor={`${idPrefix}-role`} errors={errors.role}>
        <select id={`${idPrefix}-role`} name="role" value={role} onChange={(e) => setRole(e.target.value)} className={inputClass}>
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="所属部门" htmlFor={`${idPrefix}-department`} errors={errors.departmentId}>
        <DepartmentSelect
          id={`${idPrefix}-department`}
          departments={departments}
          value={departmentId}
          onChange={setDepartmentId}
          disabled={!belongsToDepartment(role as Role)}
        />
      </Field>
    </>
  );
}
