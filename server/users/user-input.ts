import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { departments } from '@/db/schema';
import { passwordPolicyErrors } from '@/lib/auth/password-policy';
import { belongsToDepartment, ROLES, type Role } from '@/lib/auth/roles';
import { ValidationError } from '../errors';

/** What every username looks like; anything else names no account. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{1,31}$/;
export const usernameSchema = z.string().trim().regex(USERNAME_PATTERN, '用户名为 2–32 位英文字母、数字或 _ . -，须以字母或数字开头');
export const displayNameSchema = z.string().trim().min(1, '请填写姓名').max(50, '姓名不能超过 50 个字');
export const roleSchema = z.enum(ROLES, { error: '请选择角色' });
export const departmentIdSchema = z.number({ error: '请选择部门' }).int().positive().nullable();
/** The policy itself is checked by `assertPasswordPolicy`, which also knows the username. */
export const passwordSchema = z.string({ error: '请填写密码' }).max(256, '密码过长');

/** Parses a use case's input; a failure becomes a ValidationError with the first message and every field's. */
export function parseInput<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const { fieldErrors, formErrors } = z.flattenError(parsed.error);
  const first = Object.values(fieldErrors).flat()[0] ?? formErrors[0] ?? '输入有误';
  throw new ValidationError(String(first), fieldErrors as Record<string, string[]>);
}

export function assertPasswordPolicy(password: string, username: string, field = 'password'): void {
  const errors = passwordPolicyErrors(password, username);
  if (errors.length > 0) throw new ValidationError(errors.join('；'), { [field]: errors });
}

/** 部门领导 and 项目负责人 belong to a department; the administrator, the 财政 reviewer and the auditor to none. */
export function resolveDepartment(db: Db, role: Role, departmentId: number | null): number | null {
  if (!belongsToDepartment(role)) return null;
  const found = departmentId == null ? undefined : db.select().from(departments).where(eq(departments.id, departmentId)).get();
  if (!found) throw new ValidationError('部门领导和项目负责人须选择所属部门', { departmentId: ['请选择部门'] });
  return found.id;
}
