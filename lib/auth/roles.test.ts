import { describe, expect, it } from 'vitest';
import { belongsToDepartment, readsEveryDepartment, ROLE_LABELS, ROLES } from './roles';

describe('roles', () => {
  it('name every role in Chinese', () => {
    expect(ROLES.map((r) => ROLE_LABELS[r])).toEqual(['系统管理员', '部门领导', '项目负责人', '财政复核员', '审计员']);
  });

  it('let the administrator and the 财政 reviewer read every department, and put only leaders and owners in one', () => {
    expect(ROLES.filter(readsEveryDepartment)).toEqual(['admin', 'reviewer']);
    expect(ROLES.filter(belongsToDepartment)).toEqual(['leader', 'owner']);
  });
});
