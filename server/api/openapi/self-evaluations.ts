/** The 自评 resources of the OpenAPI document: a project's year-end self-evaluation, its lines and its steps. */
import { z } from 'zod';
import { DEFAULT_MONITORING_SETTINGS } from '@/lib/monitoring/settings';
import { decisionSchema, lineEditSchema, reopenSchema, summarySchema } from '@/server/self-evaluation/self-evaluation-input';
import { idParamSchema } from '../param-schemas';
import { selfEvaluationSchema } from '../schemas/self-evaluation';
import { ERRORS, PARAMETERS, writeErrors, type ApiOperation, type ApiResponse } from './operation';

const maxText = DEFAULT_MONITORING_SETTINGS.noteMaxLength;
const BASE = '/api/v1/projects/{id}/self-evaluation';
const EVALUATION: ApiResponse = { component: 'SelfEvaluationResponse', description: '整个自评', json: selfEvaluationSchema };
const STATE = { ...ERRORS[400], component: 'SelfEvaluationState', description: '自评当前的状态不允许此操作（如已提交或已通过后修改、审核未提交的自评）' };
const REFUSED = { ...ERRORS[400], component: 'SelfEvaluationRefused', description: '自评规则不允许：定性得分超出区间、定量指标填写得分、不适用或调整得分缺少理由；提交时得分低于分值的行缺少偏差原因分析（fieldErrors.submit 逐项列出）' };
const NOT_OWNER = { ...ERRORS[403], component: undefined, description: '只有该项目的负责人可以填写和提交' };
const NOT_REVIEWER = { ...ERRORS[403], component: undefined, description: '只有本部门的部门领导可以审核' };

const step = (name: string, operationId: string, summary: string, description: string, requestBody: z.ZodType | undefined, forbidden: ApiResponse): ApiOperation => ({
  method: 'post',
  path: `${BASE}/${name}`,
  operationId,
  summary,
  description,
  parameters: [PARAMETERS.projectId],
  ...(requestBody && { requestBody }),
  responses: requestBody
    ? { 200: EVALUATION, ...writeErrors(), 403: forbidden, 409: STATE }
    : { 200: EVALUATION, 401: ERRORS[401], 403: forbidden, 404: ERRORS[404], 409: STATE, 422: REFUSED },
});

export const selfEvaluationOperations: ApiOperation[] = [
  {
    method: 'get',
    path: BASE,
    operationId: 'getSelfEvaluation',
    summary: '项目的年终自评（项目支出绩效自评表）',
    description:
      '草稿由全年数据计算：实际完成值取 12 月为止的数据，执行率取最后一次的累计执行数；分值为指标自身的权重，否则为所属一级指标分值的均分；每行得分保留两位小数，总分为各行之和。草稿和已退回的自评按当前数据与设置计算（live 为 true），已提交和已通过的为提交时的快照。warnings 为自评预警。能查看该项目的人都可读取；审计员不能。',
    parameters: [PARAMETERS.projectId],
    responses: { 200: EVALUATION, 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] },
  },
  {
    method: 'put',
    path: BASE,
    operationId: 'updateSelfEvaluation',
    summary: '修改自评的全年预算数、年度总体目标实际完成情况和预算执行偏差原因分析',
    description: '只有该项目的负责人可以修改，且仅在草稿或已退回时。省略的字段恢复为空（全年预算数为 null 即与年初预算数相同）。',
    parameters: [PARAMETERS.projectId],
    requestBody: summarySchema('json', maxText).meta({ id: 'SelfEvaluationInput' }),
    responses: { 200: EVALUATION, ...writeErrors(), 403: NOT_OWNER, 409: STATE },
  },
  {
    method: 'put',
    path: `${BASE}/lines/{indicatorId}`,
    operationId: 'updateSelfEvaluationLine',
    summary: '修改自评的一行：不适用、定性得分、偏差原因分析',
    description:
      '整行替换：省略的字段恢复为草稿（不适用为 false、得分为区间中值、文字为空）。定性指标的得分须在其完成情况对应的区间内（达成 80–100%、部分达成 60–80%、未达成 0–60% 的分值）；标记不适用或调整得分须填写 reason。与草稿不同之处记入流转记录（history）。',
    parameters: [PARAMETERS.projectId, { name: 'indicatorId', in: 'path', required: true, description: '指标编号', schema: idParamSchema }],
    requestBody: lineEditSchema('json', maxText).meta({ id: 'SelfEvaluationLineInput' }),
    responses: { 200: EVALUATION, ...writeErrors(), 403: NOT_OWNER, 409: STATE, 422: REFUSED },
  },
  step('submit', 'submitSelfEvaluation', '提交自评', '负责人提交草稿或已退回的自评；得分低于分值的行（含预算执行率）须有偏差原因分析，否则 422 逐项列出。提交后按提交时的快照显示，数据或设置的变化不再影响。不需要请求体。', undefined, NOT_OWNER),
  step('approve', 'approveSelfEvaluation', '审核通过自评', '部门领导审核已提交的自评；comment 可省略。通过后只读，除非系统管理员重新打开。', decisionSchema(maxText, false).meta({ description: '审核意见，可省略' }), NOT_REVIEWER),
  step('return', 'returnSelfEvaluation', '退回自评', '部门领导退回已提交的自评，须填写 comment；负责人修改后可再次提交。', decisionSchema(maxText, true).meta({ description: '审核意见，必填' }), NOT_REVIEWER),
  step('reopen', 'reopenSelfEvaluation', '重新打开自评', '系统管理员把已提交或已通过的自评退回负责人修改，须填写 reason；记入审计日志。', reopenSchema(maxText), { ...ERRORS[403], component: undefined, description: '只有系统管理员可以重新打开' }),
];
