import { describe, expect, it } from 'vitest';
import { isAboutBadThing } from './direction';
import { parseTarget } from './parse-target';

const direction = (targetText: string, name: string) => parseTarget(targetText, name).direction;

describe('direction of quantitative targets', () => {
  it('is higher for a plain count or rate', () => {
    expect(direction('12次', '消防安全检查次数')).toBe('higher');
    expect(direction('100%', '项目验收合格率')).toBe('higher');
  });

  it('is lower for a ceiling comparator', () => {
    expect(direction('故障率≤1%', '上线运行稳定可靠率')).toBe('lower');
    expect(direction('半天内', '平均故障恢复时间')).toBe('lower');
  });

  it('is lower for a bare 0 of a bad thing, and for any bare 0', () => {
    expect(direction('0次', '用户投诉次数')).toBe('lower');
    expect(direction('0', '违规发放笔数（invented）')).toBe('lower');
  });

  it('is lower for a name about something bad', () => {
    expect(direction('2次', '用户投诉次数')).toBe('lower');
    expect(direction('1天', '平均故障恢复时间')).toBe('lower');
    expect(direction('1', '金融风险指数（invented）')).toBe('lower');
  });

  it('is lower when the target names the bad thing', () => {
    expect(direction('故障率1%', '上线运行稳定可靠率')).toBe('lower');
  });

  it('is higher for the absence of a bad thing', () => {
    expect(direction('365天', '核心网络平均无故障时间')).toBe('higher');
    expect(direction('365天', 'UPS连续无故障时长')).toBe('higher');
  });

  it('is higher for an explicit at-least comparator, even about a bad thing', () => {
    expect(direction('≥2次', '事故应急演练次数（invented）')).toBe('higher');
  });
});

describe('direction of qualitative targets', () => {
  it('is higher for comparative words', () => {
    expect(direction('有所提升', '普惠贷款风险保障水平')).toBe('higher');
    expect(direction('证券期货组织体系更加丰富、完善', '金融机构组织体系完善程度')).toBe('higher');
    expect(direction('提高“险资入穗”工作效率和水平', '进一步做好招商引资')).toBe('higher');
  });

  it('is lower for a ceiling benchmark and for falling words', () => {
    expect(direction('不高于上年平均水平', '金融风险指数')).toBe('lower');
    expect(direction('风险有所下降', '风险水平（invented）')).toBe('lower');
  });

  it('is null for a statement of a goal or mixed wording', () => {
    expect(direction('保证文件安全，防止失泄密发生，保证行车安全零事故发生', '部门安全保密')).toBeNull();
    expect(direction('提升效率，降低成本', '管理水平（invented）')).toBeNull();
  });
});

describe('isAboutBadThing', () => {
  it('spots bad things but not their absence or handling', () => {
    expect(isAboutBadThing('用户投诉次数')).toBe(true);
    expect(isAboutBadThing('安全生产零事故天数')).toBe(false);
    expect(isAboutBadThing('投诉处理及时率')).toBe(false);
  });
});
