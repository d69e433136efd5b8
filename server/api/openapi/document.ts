/**
 * The OpenAPI 3.1 document of the REST API v1, served at GET /api/v1/openapi.json, generated from the operations of
 * each resource module and the zod schemas they name (zod's JSON Schema output, draft 2020-12 as OpenAPI 3.1 uses).
 */
import { z } from 'zod';
import { LIGHT_LABELS, LIGHTS } from '@/lib/monitoring/types';
import { attachmentOperations } from './attachments';
import { entryOperations } from './entries';
import { exportOperations } from './exports';
import type { ApiOperation, ApiParameter, ApiResponse } from './operation';
import { overviewOperations } from './overview';
import { projectOperations } from './projects';
import { roundOperations } from './rounds';
import { selfEvaluationOperations } from './self-evaluations';
import { targetChangeOperations } from './target-changes';
import { todoOperations } from './todos';

const documentOperation: ApiOperation = {
  method: 'get',
  path: '/api/v1/openapi.json',
  operationId: 'getOpenApi',
  summary: '本文档',
  security: [],
  responses: { 200: { description: 'OpenAPI 3.1 文档', json: z.looseObject({ openapi: z.string() }) } },
};

/** Every documented operation, by resource. */
export const OPERATIONS: ApiOperation[] = [
  ...projectOperations,
  ...entryOperations,
  ...attachmentOperations,
  ...targetChangeOperations,
  ...selfEvaluationOperations,
  ...roundOperations,
  ...overviewOperations,
  ...exportOperations,
  ...todoOperations,
  documentOperation,
];

const DESCRIPTION = [
  '项目支出绩效目标运行监控（双监控）的 JSON 接口。',
  '认证：`Authorization: Bearer <令牌>`，令牌由系统管理员在「用户与权限 → 访问令牌」页，或在服务器上用 `npm run -s token -- create <用户名> [--name 名称] [--days 天数]` 创建（默认 90 天后到期，密钥只显示一次），`npm run -s token -- revoke <编号>` 吊销，`npm run -s token -- list [<用户名>]` 列出；用户修改密码、被重置密码或被停用时，其令牌一律吊销。无效、过期或已吊销的令牌一律 401（即使同时带有登录 Cookie）；须先修改密码的用户一律 403。',
  `灯号为 ${LIGHTS.map((l) => `${l}（${LIGHT_LABELS[l]}）`).join(' / ')}；比率（ratio、executionRate）为小数（0.85 而非 85）；金额单位为万元；月份为 YYYY-MM。`,
  '错误响应为 `{ "error": "中文说明" }`。',
].join('');

type Json = Record<string, unknown>;
type Io = 'input' | 'output';

const schemaRef = (id: string) => `#/components/schemas/${id}`;
const idOf = (schema: z.ZodType): string | undefined => z.globalRegistry.get(schema)?.id;

/** A JSON Schema as OpenAPI embeds it: without the draft and id keywords of a stand-alone document. */
function embedded(schema: Json): Json {
  const { $schema: _draft, $id: _id, ...rest } = schema;
  return rest;
}

/** A registered schema by reference (its component is taken in the direction `io`), any other one inline. */
function schemaOf(schema: z.ZodType, io: Io, used: Map<string, Io>): Json {
  const id = idOf(schema);
  if (id === undefined) {
    const inline = embedded(z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json);
    // Inline schemas are small (a parameter, a header); one that holds a component needs an id of its own.
    if (inline.$defs) throw new Error(`An inline schema holds components (${Object.keys(inline.$defs as Json).join(', ')}): give it a meta({ id })`);
    return inline;
  }
  if (io === 'input' || !used.has(id)) used.set(id, io);
  return { $ref: schemaRef(id) };
}

function parameterOf(p: ApiParameter, used: Map<string, Io>): Json {
  return {
    name: p.name,
    in: p.in,
    ...(p.required && { required: true }),
    ...(p.description && { description: p.description }),
    schema: schemaOf(p.schema, 'input', used),
  };
}

function responseOf(r: ApiResponse, used: Map<string, Io>): Json {
  const files = Object.entries(r.files ?? {}).map(([type, kind]) => [type, { schema: { type: 'string', ...(kind === 'binary' && { format: 'binary' }) } }]);
  const content = r.json ? { 'application/json': { schema: schemaOf(r.json, 'output', used) } } : Object.fromEntries(files);
  const headers = Object.entries(r.headers ?? {}).map(([name, h]) => [name, { description: h.description, schema: schemaOf(h.schema, 'output', used) }]);
  return {
    description: r.description,
    ...(headers.length > 0 && { headers: Object.fromEntries(headers) }),
    ...(Object.keys(content).length > 0 && { content }),
  };
}

/** One file in the form field `file`. */
function multipartBody(description: string): Json {
  const file = { type: 'string', format: 'binary', description };
  return { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file }, additionalProperties: false } } } };
}

/** Shared parameters and responses go to components once and are referenced from each operation. */
function shared<T extends { component?: string }>(item: T, kind: 'parameters' | 'responses', components: Record<string, Json>, render: () => Json): Json {
  if (!item.component) return render();
  components[item.component] ??= render();
  return { $ref: `#/components/${kind}/${item.component}` };
}

/** The components in the direction each is used: request bodies as sent (input), responses as returned (output). */
function componentSchemas(used: Map<string, Io>): Record<string, Json> {
  const params = { uri: schemaRef, unrepresentable: 'any' } as const;
  const all = { input: z.toJSONSchema(z.globalRegistry, { ...params, io: 'input' }).schemas, output: z.toJSONSchema(z.globalRegistry, { ...params, io: 'output' }).schemas };
  const schemas: Record<string, Json> = {};
  const visit = (id: string, io: Io) => {
    if (schemas[id]) return;
    schemas[id] = embedded(all[io][id] as Json);
    for (const ref of JSON.stringify(schemas[id]).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) visit(ref[1]!, io);
  };
  for (const [id, io] of [...used].sort(([a], [b]) => a.localeCompare(b))) visit(id, io);
  return Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
}

function buildDocument() {
  const used = new Map<string, Io>();
  const parameters: Record<string, Json> = {};
  const responses: Record<string, Json> = {};
  const paths: Record<string, Record<string, Json>> = {};
  for (const op of OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description && { description: op.description }),
      ...(op.security && { security: op.security }),
      ...(op.parameters && { parameters: op.parameters.map((p) => shared(p, 'parameters', parameters, () => parameterOf(p, used))) }),
      ...(op.requestBody && { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(op.requestBody, 'input', used) } } } }),
      ...(op.multipartFile && { requestBody: multipartBody(op.multipartFile) }),
      responses: Object.fromEntries(Object.entries(op.responses).map(([status, r]) => [status, shared(r, 'responses', responses, () => responseOf(r, used))])),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: '绩效运行监控 API', version: '1.0.0', description: DESCRIPTION },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'npm run -s token -- create <用户名> 创建的令牌（jx_ 开头）' } },
      parameters,
      responses,
      schemas: componentSchemas(used),
    },
  };
}

let built: ReturnType<typeof buildDocument> | undefined;

/** The document, built once per process. */
export function openApiDocument(): ReturnType<typeof buildDocument> {
  built ??= buildDocument();
  return built;
}
