/** The project list's filters, sort and page as they live in the URL; parsed the same on server and client. */
import { LIGHTS, type Light } from '../monitoring/types';
import { firstParam as first, oneOf, pageParam, type SearchParams } from '../url/search-params';

export const SORT_KEYS = ['seq', 'name', 'total', 'owner', 'indicators', 'onTrack', 'light', 'executionRate'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZES = [20, 50, 100] as const;

export interface ProjectListParams {
  q: string;
  owner: string;
  light: Light | null;
  /** Projects having an indicator of this light (within `category` when that is set too). */
  indicatorLight: Light | null;
  category: string;
  /** Projects having an indicator not reported for the as-of month (the overview's 未填报 drill-down). */
  unreported: boolean;
  keyOnly: boolean;
  sort: SortKey;
  desc: boolean;
  page: number;
  size: number;
}

export const DEFAULT_LIST_PARAMS: ProjectListParams = {
  q: '',
  owner: '',
  light: null,
  indicatorLight: null,
  category: '',
  unreported: false,
  keyOnly: false,
  sort: 'seq',
  desc: false,
  page: 1,
  size: 50,
};

export function parseListParams(raw: SearchParams): ProjectListParams {
  const size = Number(first(raw, 'size'));
  return {
    q: first(raw, 'q').slice(0, 100),
    owner: first(raw, 'owner').slice(0, 64),
    light: oneOf(LIGHTS, first(raw, 'light')),
    indicatorLight: oneOf(LIGHTS, first(raw, 'ilight')),
    category: first(raw, 'category').slice(0, 20),
    unreported: first(raw, 'unreported') === '1',
    keyOnly: first(raw, 'key') === '1',
    sort: oneOf(SORT_KEYS, first(raw, 'sort')) ?? DEFAULT_LIST_PARAMS.sort,
    desc: first(raw, 'dir') === 'desc',
    page: pageParam(raw),
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_LIST_PARAMS.size,
  };
}

/** Query-string entries for the non-default values only, so URLs stay short. */
export function listParamsToQuery(params: ProjectListParams): Record<string, string> {
  const query: Record<string, string> = {};
  if (params.q) query.q = params.q;
  if (params.owner) query.owner = params.owner;
  if (params.light) query.light = params.light;
  if (params.indicatorLight) query.ilight = params.indicatorLight;
  if (params.category) query.category = params.category;
  if (params.unreported) query.unreported = '1';
  if (params.keyOnly) query.key = '1';
  if (params.sort !== DEFAULT_LIST_PARAMS.sort) query.sort = params.sort;
  if (params.desc) query.dir = 'desc';
  if (params.page !== 1) query.page = String(params.page);
  if (params.size !== DEFAULT_LIST_PARAMS.size) query.size = String(params.size);
  return query;
}
