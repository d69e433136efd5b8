/** The 佐证材料 resource of the OpenAPI document: files attached to an entry's month or to a 自评 line. */
import { z } from 'zod';
import { ATTACHMENT_MESSAGES, ATTACHMENT_MIME_TYPES, ATTACHMENT_TYPE_INFO, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '@/lib/attachments/types';
import { idParamSchema } from '../param-schemas';
import { attachmentListSchema, attachmentSchema } from '../schemas/attachment';
import { errorSchema } from '../schemas/common';
import { PARAMETERS, readErrors, type ApiOperation, type ApiResponse } from './operation';

const TYPES = ATTACHMENT_TYPES.map((t) => `${ATTACHMENT_TYPE_INFO[t].extension}（${ATTACHMENT_TYPE_INFO[t].label}）`).join('、');
const FILE = `一个文件，不超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，类型按内容判断：${TYPES}。文件名不能含路径分隔符或控制字符。`;

const uploadErrors: Record<number, ApiResponse> = {
  ...readErrors(true),
  400: { description: '文件为空、文件名无效、缺少 file 字段或月份不在预算年度内', json: errorSchema },
  413: { description: ATTACHMENT_MESSAGES.tooLarge, json: errorSchema },
  415: { description: `${ATTACHMENT_MESSAGES.wrongType}；或请求体不是 multipart/form-data`, json: errorSchema },
};
const notEditable: ApiResponse = { description: '自评已提交或已通过，其佐证材料不能再增删', json: errorSchema };
/** A record named by its id: nothing to parse but the id, so no 400. */
const { 400: _none, ...byIdErrors } = readErrors(true);
const locked: ApiResponse = { description: '该月已由审核通过的监控轮次锁定', json: errorSchema };
const created: ApiResponse = { description: '已保存的佐证材料', json: attachmentSchema };
const attachmentId = { name: 'id', in: 'path', required: true, description: '佐证材料编号', schema: idParamSchema } as const;
const indicatorId = (name: string) => ({ name, in: 'path', required: true, description: '指标编号', schema: idParamSchema }) as const;

export const attachmentOperations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/v1/indicators/{id}/entries/{period}/attachments',
    operationId: 'addEntryAttachment',
    summary: '为某月的填报上传佐证材料',
    description: '只有该项目的负责人可以上传；该月须已有填报（否则 422），且未被审核通过的监控轮次锁定（否则 423）。同一文件多次上传只存一份。',
    parameters: [indicatorId('id'), PARAMETERS.period],
    multipartFile: FILE,
    responses: { 201: created, ...uploadErrors, 422: { description: '该月尚未填报', json: errorSchema }, 423: locked },
  },
  {
    method: 'post',
    path: '/api/v1/projects/{id}/self-evaluation/lines/{indicatorId}/attachments',
    operationId: 'addSelfEvaluationLineAttachment',
    summary: '为自评指标上传佐证材料（如满意度调查）',
    description: '只有该项目的负责人可以上传，自评须为草稿或已退回（否则 409）。满意度指标的自评预警计入此处与该指标本年度各月填报的佐证材料。',
    parameters: [PARAMETERS.projectId, indicatorId('indicatorId')],
    multipartFile: FILE,
    responses: { 201: created, ...uploadErrors, 409: notEditable },
  },
  {
    method: 'get',
    path: '/api/v1/projects/{id}/attachments',
    operationId: 'listProjectAttachments',
    summary: '项目的佐证材料',
    description: '能查看该项目的人都可查看：各指标各月填报的佐证材料（period 为月份）与自评指标的佐证材料（period 为 null），按上传先后排列；用 id 下载。',
    parameters: [PARAMETERS.projectId],
    responses: { 200: { description: '佐证材料列表', json: attachmentListSchema }, ...byIdErrors },
  },
  {
    method: 'get',
    path: '/api/v1/attachments/{id}',
    operationId: 'downloadAttachment',
    summary: '下载佐证材料',
    description: '能查看该项目的人都可下载。总是作为附件下载（Content-Disposition: attachment，文件名以 RFC 5987 的 filename* 给出），类型为按内容判断的类型，并带 X-Content-Type-Options: nosniff。',
    parameters: [attachmentId],
    responses: {
      200: {
        description: '文件内容',
        files: Object.fromEntries(ATTACHMENT_MIME_TYPES.map((mime) => [mime, 'binary' as const])),
        headers: { 'Content-Disposition': { description: 'attachment; filename="…"; filename*=UTF-8\'\'…', schema: z.string() } },
      },
      ...byIdErrors,
    },
  },
  {
    method: 'delete',
    path: '/api/v1/attachments/{id}',
    operationId: 'deleteAttachment',
    summary: '删除佐证材料',
    description: '只有该项目的负责人可以删除；所属月份被锁定时 423，自评的佐证材料在自评提交后 409。删除记入审计日志（文件名、大小、SHA-256）。',
    parameters: [attachmentId],
    responses: { 204: { description: '已删除' }, ...byIdErrors, 409: notEditable, 423: locked },
  },
];

