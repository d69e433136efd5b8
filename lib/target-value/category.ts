import { trimEndOf } from './text';
import type { Category } from './types';

export interface CategoryParts {
  category: Category | null;
  subcategory: string | null;
}

/** 二级指标 under each 一级指标 (DOMAIN.md §2). */
const SUBCATEGORIES: Record<Category, readonly string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
};

/**
 * Older names (DOMAIN.md §2): 效果指标 was the 一级 name of 效益指标, and 社会公众或服务对象满意度指标 is the
 * pre-2020 name of the 二级 服务对象满意度指标.
 */
const ALIASES: Record<string, CategoryParts> = {
  效果指标: { category: '效益指标', subcategory: null },
  社会公众或服务对象满意度指标: { category: '满意度指标', subcategory: '服务对象满意度指标' },
};

/**
 * Names a 一级 or 二级 indicator category. Numbering (`1、`), spaces, a trailing colon and a missing `指标`
 * suffix (`产出`, `数量`) are tolerated. `成本指标` alone is the 一级 of that name (since 2021); as the 二级 of
 * 产出指标 it cannot be told apart from text alone. Unknown text: both `null`.
 */
export function normaliseCategory(text: string): CategoryParts {
  const cleaned = trimEndOf(text.replace(/\s+/g, '').replace(/^\d+[、.．]/, ''), ':：。；;，,');
  const name = cleaned.endsWith('指标') ? cleaned : `${cleaned}指标`;
  if (ALIASES[name]) return { ...ALIASES[name] };
  for (const category of Object.keys(SUBCATEGORIES) as Category[]) {
    if (name === category) return { category, subcategory: null };
  }
  for (const [category, subcategories] of Object.entries(SUBCATEGORIES) as [Category, readonly string[]][]) {
    if (subcategories.includes(name)) return { category, subcategory: name };
  }
  return { category: null, subcategory: null };
}
