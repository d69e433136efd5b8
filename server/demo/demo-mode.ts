import type { DbOrTx } from '@/db';
import { readSetting } from '@/db/queries/app-settings';
import type { Role } from '@/lib/auth/roles';

/** The published password of the demo accounts; shown on the login page while demo mode is on. */
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_MODE_SETTING = 'demo';

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; scope: string }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', scope: '系统管理员' },
  { username: 'leader', displayName: '部门领导', role: 'leader', scope: '部门领导' },
  { username: 'owner', displayName: '项目负责人甲', role: 'owner', scope: '项目负责人（前半数项目）' },
  { username: 'owner2', displayName: '项目负责人乙', role: 'owner', scope: '项目负责人（后半数项目）' },
  { username: 'auditor', displayName: '审计员', role: 'auditor', scope: '审计员' },
  { username: 'caizheng', displayName: '财政复核员', role: 'reviewer', scope: '财政复核员（各部门只读）' },
];

/**
 * Demo mode: the install was seeded with the demo table and accounts, and the administrator has not yet turned it
 * off on 设置. While it is on, every page shows the 示例环境 banner and the login page the demo accounts.
 */
export function isDemoMode(db: DbOrTx): boolean {
  return readSetting<boolean>(db, DEMO_MODE_SETTING) === true;
}
