import { describe, expect, it } from 'vitest';
import { parseDepartmentSort, sortDepartments, type SortableDepartment } from './sort-rows';

const row = (departmentName: string, redProjects: number, executionRate: number | null): SortableDepartment => ({
  departmentName,
  projectCount: 10,
  redProjects,
  yellowProjects: 0,
  reportedRate: 0.5,
  executionRate,
});
const rows = [row('乙局', 2, 0.4), row('甲局', 5, null), row('丙局', 2, 0.7)];
const names = (list: SortableDepartment[]) => list.map((r) => r.departmentName);

describe('sortDepartments', () => {
  it('puts the most red projects first by default, ties by name', () => {
    const { sort, dir } = parseDepartmentSort(undefined, undefined);
    expect([sort, dir]).toEqual(['red', 'desc']);
    expect(names(sortDepartments(rows, sort, dir))).toEqual(['甲局', '丙局', '乙局']);
  });

  it('sorts by 执行率 either way, a department without one last', () => {
    expect(names(sortDepartments(rows, 'execution', 'asc'))).toEqual(['乙局', '丙局', '甲局']);
    expect(names(sortDepartments(rows, 'execution', 'desc'))).toEqual(['丙局', '乙局', '甲局']);
  });

  it('reads only known columns and directions from the URL', () => {
    expect(parseDepartmentSort('name', 'sideways')).toEqual({ sort: 'name', dir: 'asc' });
    expect(parseDepartmentSort('drop table', 'asc')).toEqual({ sort: 'red', dir: 'asc' });
  });
});
