import { CATEGORIES, type Category } from '../target-value/types';

/** The 一级指标 a line is weighted under; an indicator the table gave none counts with 产出指标. */
export function scoringCategory(category: string | null): Category {
  return (CATEGORIES as readonly string[]).includes(category ?? '') ? (category as Category) : '产出指标';
}
