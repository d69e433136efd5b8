/** Who a user is in jixiao: the roles, declared once, with the names the pages show. */
export const ROLES = ['admin', 'leader', 'owner', 'reviewer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  leader: '部门领导',
  owner: '项目负责人',
  reviewer: '财政复核员',
  auditor: '审计员',
};

/** The roles that read every department: the administrator and the 财政 reviewer (who writes nothing). */
export function readsEveryDepartment(role: Role): boolean {
  return role === 'admin' || role === 'reviewer';
}

/** 部门领导 and 项目负责人 belong to a department; the administrator, the 财政 reviewer and the auditor to none. */
export function belongsToDepartment(role: Role): boolean {
  return role === 'leader' || role === 'owner';
}
