/** Chinese names of the audit log's action and entity codes; an unknown code is shown as it is. */
const ACTION_LABELS: Record<string, string> = {
  login: '登录',
  logout: '退出登录',
  'login.failed': '登录失败',
  'login.lockout': '登录失败并锁定账户',
  'login.locked': '锁定期间尝试登录',
  'password.change': '修改密码',
  'password.change_failed': '修改密码时当前密码错误',
  'user.create': '新建用户',
  'user.update': '修改用户角色或部门',
  'user.password_reset': '重置密码',
  'user.unlock': '解除锁定',
  'project.owners': '指定项目负责人',
  'entry.create': '新增填报',
  'entry.replace': '替换填报',
  'execution.create': '新增预算执行数',
  'execution.replace': '替换预算执行数',
  'target.update': '修改指标目标',
  'project.key-monitored': '设置重点监控',
  import: '导入绩效目标表',
  'import.remove-project': '重新导入时删除项目',
  'import.remove-indicator': '重新导入时删除指标',
  'access.denied': '越权操作被拒绝',
  'backup.create': '备份数据库',
  'backup.restore': '从备份恢复数据库',
  'token.create': '创建访问令牌',
  'token.revoke': '吊销访问令牌',
  'audit.export': '导出审计日志',
  'settings.update': '修改设置',
};

const ENTITY_LABELS: Record<string, string> = {
  user: '用户',
  project: '项目',
  indicator: '指标',
  budget_year: '部门年度目标表',
  api_token: '访问令牌',
  audit_log: '审计日志',
  settings: '设置',
  request: '请求',
  database: '数据库',
};

/** Names of the fields audit records commonly carry, for the one-line summary of a change. */
const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  departmentId: '部门',
  department: '部门名称',
  owners: '负责人',
  removedFromProjects: '不再负责的项目',
  failedLogins: '连续输错次数',
  lockedUntil: '锁定至',
  passwordChanged: '密码',
  passwordReset: '密码',
  revokedAt: '吊销时间',
  value: '完成值',
  status: '完成情况',
  unit: '单位',
  forecast: '全年预计',
  reasons: '偏差原因',
  explanation: '原因说明',
  possibility: '完成可能性',
  note: '备注',
  amount: '执行数',
  keyMonitored: '重点监控',
};

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key;
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity;
}
