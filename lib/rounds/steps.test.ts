import { describe, expect, it } from 'vitest';
import { stepRefusal, STEP_TO } from './steps';

describe('the steps of a project in a round', () => {
  it('submits what is 未填报 or 已退回 and nothing else', () => {
    expect(stepRefusal('submit', 'pending')).toBeNull();
    expect(stepRefusal('submit', 'returned')).toBeNull();
    expect(stepRefusal('submit', 'submitted')).toBe('该项目本轮为“已送审”，不能送审（须为未填报或已退回）');
    expect(stepRefusal('submit', 'approved')).toBe('该项目本轮为“已通过”，不能送审（须为未填报或已退回）');
  });

  it('reviews only what is 已送审', () => {
    expect(stepRefusal('approve', 'submitted')).toBeNull();
    expect(stepRefusal('return', 'pending')).toBe('该项目本轮为“未填报”，不能退回（须为已送审）');
    expect(stepRefusal('approve', 'approved')).toBe('该项目本轮为“已通过”，不能审核通过（须为已送审）');
  });

  it('reopens what is submitted or approved, back to the owner as 已退回', () => {
    expect(stepRefusal('reopen', 'approved')).toBeNull();
    expect(stepRefusal('reopen', 'returned')).toBe('该项目本轮为“已退回”，不能重新打开（须为已送审或已通过）');
    expect(STEP_TO.reopen).toBe('returned');
  });
});
