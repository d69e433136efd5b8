/** Who a user is in jixiao: the roles, declared once, with the names the pages show. */
export const ROLES = ['admin', 'leader', 'owner', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  leader: '部门领导',
  owner: '项目负责人',
  auditor: '审计员',
};
