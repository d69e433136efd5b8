import { describe, expect, it } from 'vitest';
import { isPeriodLocked, lockedPeriodMessage } from './locked';

describe('a locked period', () => {
  it('is the approved month and every earlier one', () => {
    expect(isPeriodLocked('2022-07', '2022-07')).toBe(true);
    expect(isPeriodLocked('2022-01', '2022-07')).toBe(true);
    expect(isPeriodLocked('2022-08', '2022-07')).toBe(false);
    expect(isPeriodLocked('2022-07', null)).toBe(false);
  });

  it('says why and who can reopen it', () => {
    expect(lockedPeriodMessage('2022-07', '执行数')).toBe('2022年7月及以前的数据已审核通过并锁定，不能修改执行数；如需修改，请系统管理员重新打开本轮次');
  });
});
