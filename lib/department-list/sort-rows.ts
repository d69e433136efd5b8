/** 各部门总览's sortable columns (the finance-bureau view), read from the URL: `?sort=red&dir=desc`. */
export const DEPARTMENT_SORTS = ['name', 'projects', 'red', 'yellow', 'reported', 'execution'] as const;
export type DepartmentSort = (typeof DEPARTMENT_SORTS)[number];

export const DEPARTMENT_SORT_LABELS: Record<DepartmentSort, string> = {
  name: '部门',
  projects: '项目数',
  red: '红灯项目',
  yellow: '黄灯项目',
  reported: '本月填报率',
  execution: '预算执行率',
};

export interface SortableDepartment {
  departmentName: string;
  projectCount: number;
  redProjects: number;
  yellowProjects: number;
  /** Reported indicators for the as-of month / all indicators; null without indicators. */
  reportedRate: number | null;
  executionRate: number | null;
}

export function parseDepartmentSort(sort: unknown, dir: unknown): { sort: DepartmentSort; dir: 'asc' | 'desc' } {
  const key = DEPARTMENT_SORTS.find((s) => s === sort) ?? 'red';
  return { sort: key, dir: dir === 'asc' || dir === 'desc' ? dir : key === 'name' ? 'asc' : 'desc' };
}

const VALUE: Record<Exclude<DepartmentSort, 'name'>, (row: SortableDepartment) => number | null> = {
  projects: (r) => r.projectCount,
  red: (r) => r.redProjects,
  yellow: (r) => r.yellowProjects,
  reported: (r) => r.reportedRate,
  execution: (r) => r.executionRate,
};

/** Sorted by the column, ties by name; rows without a figure (null) go last whichever the direction. */
export function sortDepartments<T extends SortableDepartment>(rows: readonly T[], sort: DepartmentSort, dir: 'asc' | 'desc'): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: T, b: T) => a.departmentName.localeCompare(b.departmentName, 'zh-CN');
  if (sort === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  const value = VALUE[sort];
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}
