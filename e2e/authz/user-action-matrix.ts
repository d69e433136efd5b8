import type Database from 'better-sqlite3';
import { ENTRY_STATE, scalar, type ActionRule } from './action-matrix';
import { formData } from './invoke-action';
import type { Role } from './matrix';

/** The user the admin creates in this matrix (id -1 until then, which every role is refused on). */
const matrixUserId = (db: Database.Database) => String(scalar(db, "select id from users where username = 'matrix-user'") ?? -1);
const ALL_SIGNED_IN: Role[] = ['admin', 'leader', 'owner', 'owner2', 'caizheng', 'auditor'];
const MATRIX_TOKEN = 'matrix-token';

export const USER_ACTIONS: ActionRule[] = [
  {
    action: 'app/(app)/admin/users/actions.ts#createUserAction',
    page: '/admin/users',
    args: () => [ENTRY_STATE, formData({ username: 'matrix-user', displayName: '矩阵用户', role: 'owner', departmentId: '1', password: 'matrix1234' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select count(*) from users'),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#updateUserAction',
    page: '/admin/users/2',
    args: (db) => [ENTRY_STATE, formData({ userId: matrixUserId(db), displayName: '矩阵用户（改）', role: 'owner', departmentId: '1' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, "select display_name from users where username = 'matrix-user'"),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#resetPasswordAction',
    page: '/admin/users/2',
    args: (db) => [ENTRY_STATE, formData({ userId: matrixUserId(db), password: 'matrix5678' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, "select password_hash from users where username = 'matrix-user'"),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#unlockUserAction',
    page: '/admin/users/2',
    args: (db) => [ENTRY_STATE, formData({ userId: matrixUserId(db) })],
    allowed: ['admin'],
    answers: '该账户未被锁定',
  },
  {
    action: 'app/(app)/admin/users/actions.ts#setUserEnabledAction',
    page: '/admin/users/2',
    args: (db) => [ENTRY_STATE, formData({ userId: matrixUserId(db), enabled: '0' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, "select disabled_at from users where username = 'matrix-user'"),
  },
  {
    action: 'app/(app)/admin/users/tokens/actions.ts#createTokenAction',
    page: '/admin/users/tokens',
    args: () => [ENTRY_STATE, formData({ userId: '2', name: MATRIX_TOKEN, days: '1' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select count(*) from api_tokens'),
  },
  {
    action: 'app/(app)/admin/users/tokens/actions.ts#revokeTokenAction',
    page: '/admin/users/tokens',
    // The token the admin just created in this matrix; nobody else may revoke it.
    args: (db) => [ENTRY_STATE, formData({ tokenId: String(scalar(db, `select max(id) from api_tokens where name = '${MATRIX_TOKEN}' and revoked_at is null`) ?? -1) })],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select count(*) from api_tokens where revoked_at is not null'),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#assignOwnersAction',
    page: '/admin/users/owners',
    // Project 2 gets owner2 as a second owner; `owner` keeps it.
    args: () => [ENTRY_STATE, formData({ budgetYearId: '1', project: '2', owner: ['2:3', '2:4'] })],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select count(*) from project_owners where project_id = 2'),
  },
  {
    action: 'app/(app)/account/actions.ts#changePasswordAction',
    page: '/account',
    // A mismatched confirmation: everyone signed in reaches the check, nobody's password changes.
    args: () => [ENTRY_STATE, formData({ current: 'demo1234', next: 'changed1234', confirm: 'changed9999' })],
    allowed: ALL_SIGNED_IN,
    answers: '两次输入的新密码不一致',
  },
];
