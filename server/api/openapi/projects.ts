/** The project resources of the OpenAPI document: the list, one project, its 执行数. */
import { executionSchema } from '@/server/executions/save-execution';
import { yearParamSchema } from '../param-schemas';
import { executionConflictSchema, projectDetailSchema, projectListSchema } from '../schemas/project';
import { ERRORS, ETAG_HEADER, PARAMETERS, PRECONDITIONS, readErrors, writeErrors, type ApiOperation, type ApiResponse } from './operation';

export const YEAR_QUERY = { name: 'year', in: 'query', schema: yearParamSchema } as const;

const projectDetail: ApiResponse = { component: 'ProjectDetail', description: '项目及其指标', json: projectDetailSchema };

export const projectOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/projects',
    operationId: 'listProjects',
    summary: '某部门某预算年度的项目列表（截至某月）',
    description:
      '部门为调用者所在部门；系统管理员与财政复核员可用 department 指定（不指定时取该年度按名称排序的第一个部门）。未指定 year 时取 asOf 所在年度，否则取最新的预算年度。该年度没有目标表时返回空列表。',
    parameters: [YEAR_QUERY, PARAMETERS.asOf, PARAMETERS.department],
    responses: { 200: { description: '项目列表', json: projectListSchema }, ...readErrors(false) },
  },
  {
    method: 'get',
    path: '/api/v1/projects/{id}',
    operationId: 'getProject',
    summary: '一个项目及其指标（截至某月）',
    parameters: [PARAMETERS.projectId, PARAMETERS.asOf],
    responses: { 200: projectDetail, ...readErrors(true) },
  },
  {
    method: 'put',
    path: '/api/v1/projects/{id}/executions/{period}',
    operationId: 'putExecution',
    summary: '填报项目截至某月的累计执行数（万元）',
    description:
      '只有该项目的负责人可以填报。该月已有执行数时替换，旧记录保留为历史。带 `If-Match: "<id>"`（上次响应的 ETag）时，仅当该月当前执行数仍是这一条才替换，否则 409 并返回当前执行数；`If-None-Match: *` 表示仅当该月尚无执行数时保存。累计执行数低于此前月份或超过项目总计时 422，确认无误后带 `confirm: true`。返回截至该月的项目。',
    parameters: [PARAMETERS.projectId, PARAMETERS.period, ...PRECONDITIONS],
    requestBody: executionSchema('json'),
    responses: {
      200: { ...projectDetail, component: undefined, headers: { ETag: ETAG_HEADER('保存的执行数的版本（id，带引号）') } },
      ...writeErrors(),
      409: { description: '该月的执行数已被他人改变（If-Match 或 If-None-Match 不符）', json: executionConflictSchema },
      422: ERRORS[422],
      423: ERRORS[423],
    },
  },
];
