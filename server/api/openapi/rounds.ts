/** The 监控轮次 resources of the OpenAPI document: rounds of a department–year and each project's steps in a round. */
import { z } from 'zod';
import { DEFAULT_MONITORING_SETTINGS } from '@/lib/monitoring/settings';
import { openRoundSchema } from '@/server/rounds/round-input';
import { decisionSchema, reopenSchema } from '@/server/self-evaluation/self-evaluation-input';
import { idParamSchema, yearParamSchema } from '../param-schemas';
import { roundListSchema, roundProjectSchema, roundSchema, submissionIncompleteSchema } from '../schemas/round';
import { ERRORS, readErrors, writeErrors, type ApiOperation, type ApiParameter, type ApiResponse } from './operation';

const maxText = DEFAULT_MONITORING_SETTINGS.noteMaxLength;
const BASE = '/api/v1/rounds';
const ROUND_ID: ApiParameter = { name: 'id', in: 'path', required: true, description: '监控轮次编号', schema: idParamSchema };
const PROJECT_ID: ApiParameter = { name: 'projectId', in: 'path', required: true, description: '项目编号', schema: idParamSchema };
const ROUND: ApiResponse = { component: 'RoundResponse', description: '监控轮次及各状态的项目数', json: roundSchema };
const ROUND_PROJECT: ApiResponse = { component: 'RoundProjectResponse', description: '项目在本轮的状态与流转记录', json: roundProjectSchema };
const STATE = { ...ERRORS[400], component: 'RoundState', description: '轮次已关闭，或项目在本轮的状态不允许此操作（如审核未送审的项目）' };
const forbidden = (description: string): ApiResponse => ({ ...ERRORS[403], component: undefined, description });

const step = (name: 'submit' | 'approve' | 'return' | 'reopen', summary: string, description: string, requestBody: z.ZodType | undefined, who: string): ApiOperation => ({
  method: 'post',
  path: `${BASE}/{id}/projects/{projectId}/${name}`,
  operationId: `${name}RoundProject`,
  summary,
  description,
  parameters: [ROUND_ID, PROJECT_ID],
  ...(requestBody && { requestBody }),
  responses: requestBody
    ? { 200: ROUND_PROJECT, ...writeErrors(), 403: forbidden(who), 409: STATE }
    : {
        200: ROUND_PROJECT,
        401: ERRORS[401],
        403: forbidden(who),
        404: ERRORS[404],
        409: STATE,
        422: { component: 'SubmissionIncompleteResponse', description: '尚不能送审：missing 逐项列出缺少的填报、偏差原因与执行数', json: submissionIncompleteSchema },
      },
});

export const roundOperations: ApiOperation[] = [
  {
    method: 'get',
    path: BASE,
    operationId: 'listRounds',
    summary: '某年度的监控轮次',
    description: '调用者能查看的各部门在该年度的监控轮次，月份新的在前，附各状态（未填报、已送审、已通过、已退回）的项目数。审计员不能查看。',
    parameters: [{ name: 'year', in: 'query', required: true, description: '预算年度', schema: yearParamSchema }],
    responses: { 200: { description: '监控轮次', json: roundListSchema }, ...readErrors(false) },
  },
  {
    method: 'post',
    path: BASE,
    operationId: 'openRound',
    summary: '开启监控轮次',
    description: '只有系统管理员可以开启。一个部门年度的每个月份至多一个轮次（重复开启 409）；月份须为该年度内的 YYYY-MM，截止日期须为有效的 YYYY-MM-DD（400）；该部门没有该年度的目标表时 404。',
    requestBody: openRoundSchema,
    responses: { 201: ROUND, ...writeErrors(), 403: forbidden('只有系统管理员可以开启'), 409: { ...ERRORS[400], component: undefined, description: '该部门该月份的轮次已开启过' } },
  },
  {
    method: 'post',
    path: `${BASE}/{id}/close`,
    operationId: 'closeRound',
    summary: '关闭监控轮次',
    description: '只有系统管理员可以关闭。关闭后不能再送审、审核或重新打开；已通过的月份仍保持锁定。不需要请求体。',
    parameters: [ROUND_ID],
    responses: { 200: ROUND, 401: ERRORS[401], 403: forbidden('只有系统管理员可以关闭'), 404: ERRORS[404], 409: { ...ERRORS[400], component: undefined, description: '该轮次已关闭' } },
  },
  {
    method: 'get',
    path: `${BASE}/{id}/projects/{projectId}`,
    operationId: 'getRoundProject',
    summary: '项目在本轮的状态与流转记录',
    description: '能查看该项目的人都可读取。missing 为送审前尚缺的各项。',
    parameters: [ROUND_ID, PROJECT_ID],
    responses: { 200: ROUND_PROJECT, 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] },
  },
  step('submit', '送审', '该项目的负责人送审未填报或已退回的项目；每个指标须有本轮月份的填报（红灯、黄灯的须有偏差原因、原因说明和完成目标可能性），且有该月的累计执行数，否则 422 并在 missing 中逐项列出。不需要请求体。', undefined, '只有该项目的负责人可以送审'),
  step('approve', '审核通过', '本部门的部门领导审核已送审的项目（不能审核自己负责的项目）；comment 可省略。通过后该月及以前的填报、执行数和目标调整锁定（423），除非系统管理员重新打开。', decisionSchema(maxText, false).meta({ description: '审核意见，可省略' }), '只有本部门的部门领导可以审核，且不能审核自己负责的项目'),
  step('return', '退回', '本部门的部门领导退回已送审的项目，须填写 comment；负责人修改后再次送审。', decisionSchema(maxText, true).meta({ description: '退回意见，必填' }), '只有本部门的部门领导可以审核，且不能审核自己负责的项目'),
  step('reopen', '重新打开', '系统管理员把已送审或已通过的项目退回负责人（状态为已退回，理由作为意见显示），解除锁定；须填写 reason，记入流转记录和审计日志。', reopenSchema(maxText), '只有系统管理员可以重新打开'),
];
