/**
 * How a route is described in the OpenAPI document: each resource's module (projects.ts, entries.ts, …) lists its
 * operations with the zod schemas that validate the request and shape the response; document.ts turns them into
 * OpenAPI 3.1. Adding a route: its route.ts under app/api/v1, then one entry in its resource's module.
 */
import { z } from 'zod';
import { idParamSchema, ifMatchSchema, ifNoneMatchSchema, periodSchema } from '../param-schemas';
import { errorSchema, implausibleSchema } from '../schemas/common';

export interface ApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description?: string;
  schema: z.ZodType;
  /** Shared by several operations: emitted once under components.parameters with this name. */
  component?: string;
}

export interface ApiResponse {
  description: string;
  /** The JSON body, a schema with a `meta({ id })` (a component) or an inline one. */
  json?: z.ZodType;
  /** Files: content type → whether it is binary. */
  files?: Record<string, 'binary' | 'text'>;
  headers?: Record<string, { description: string; schema: z.ZodType }>;
  /** Shared by several operations: emitted once under components.responses with this name. */
  component?: string;
}

export interface ApiOperation {
  method: 'get' | 'put' | 'post' | 'delete';
  /** As the route's folder names it, `{id}` for `[id]`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  parameters?: ApiParameter[];
  /** The JSON body's schema, the one the use case parses it with. */
  requestBody?: z.ZodType;
  /** A multipart/form-data upload of one file in the field `file` instead of a JSON body: what the file may be. */
  multipartFile?: string;
  responses: Record<number, ApiResponse>;
  /** `[]` for a public operation (the default is the bearer token). */
  security?: [];
}

const error = (component: string, description: string): ApiResponse => ({ component, description, json: errorSchema });

/** The error responses every route may give, as handleApi maps the use cases' typed errors. */
export const ERRORS = {
  400: error('BadRequest', '参数或请求体有误（含月份不在预算年度内、JSON 无效、未知字段）'),
  401: error('Unauthorized', '缺少令牌，或令牌无效、已吊销'),
  403: error('Forbidden', '无权查看或填报该项目'),
  404: error('NotFound', '项目、指标或接口不存在'),
  413: error('PayloadTooLarge', '请求体超过 64 KB'),
  415: error('UnsupportedMediaType', '通过登录会话调用时，请求体须为 JSON（Content-Type: application/json）'),
  423: error('Locked', '该月及以前的数据已在监控轮次中审核通过并锁定（目标调整：项目有任何已锁定的月份），须系统管理员重新打开该项目'),
  422: {
    component: 'Unprocessable',
    description: '红灯或黄灯的填报缺少偏差原因、原因说明或完成目标可能性；或数值未通过合理性检查（code 为 implausible，确认无误后带 confirm: true 重新提交）',
    json: z.union([errorSchema, implausibleSchema]).meta({ id: 'UnprocessableError' }),
  },
} satisfies Record<number, ApiResponse>;

/** The errors of a route that reads; `with404` when it names a record. */
export function readErrors(with404: boolean): Record<number, ApiResponse> {
  const errors: Record<number, ApiResponse> = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403] };
  if (with404) errors[404] = ERRORS[404];
  return errors;
}

/** The errors of a route that writes a JSON body. */
export const writeErrors = (): Record<number, ApiResponse> => ({ ...readErrors(true), 413: ERRORS[413], 415: ERRORS[415] });

export const PARAMETERS = {
  projectId: { component: 'projectId', name: 'id', in: 'path', required: true, description: '项目编号', schema: idParamSchema },
  period: { component: 'period', name: 'period', in: 'path', required: true, description: '预算年度内的月份', schema: periodSchema },
  asOf: {
    component: 'asOf',
    name: 'asOf',
    in: 'query',
    description: '截至月份，须在项目的预算年度内；默认为上一个已结束的月份（往年为 12 月）。之后月份的填报不计入。',
    schema: periodSchema,
  },
  department: { name: 'department', in: 'query', description: '部门编号（仅系统管理员与财政复核员需要）', schema: idParamSchema },
} satisfies Record<string, ApiParameter>;

/** `If-Match` / `If-None-Match` of a month's PUT (see parsePrecondition). */
export const PRECONDITIONS: ApiParameter[] = [
  { name: 'If-Match', in: 'header', description: '读取到的版本（ETag），仅当该月当前记录仍是这一条时保存', schema: ifMatchSchema },
  { name: 'If-None-Match', in: 'header', description: '仅当该月尚无记录时保存', schema: ifNoneMatchSchema },
];

export const ETAG_HEADER = (description: string) => ({ description, schema: z.string() });
