/** 待办 and 催报 in the OpenAPI document: the caller's 待办, and the leader's reminders to owners. */
import { idParamSchema } from '../param-schemas';
import { projectRemindedSchema, roundRemindedSchema, todoListSchema } from '../schemas/todos';
import { ERRORS, type ApiOperation, type ApiParameter } from './operation';

const ROUND_ID: ApiParameter = { component: 'roundId', name: 'id', in: 'path', required: true, description: '监控轮次编号', schema: idParamSchema };
const PROJECT_ID: ApiParameter = { name: 'projectId', in: 'path', required: true, description: '项目编号', schema: idParamSchema };
const NOT_LEADER = { ...ERRORS[403], component: undefined, description: '只有该轮次所属部门的部门领导可以催报' };
const CLOSED = { ...ERRORS[400], component: 'RemindRefused', description: '轮次已关闭，或项目已送审、已通过，或项目尚未指定负责人' };
const NOT_FOUND = { ...ERRORS[404], component: undefined, description: '轮次不存在，或项目不在该轮次中' };

export const todoOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/todos',
    operationId: 'listTodos',
    summary: '我的待办',
    description:
      '调用者在进行中的监控轮次里的待办：项目负责人为自己负责、尚未送审（fill 待填报）或被退回（returned 已退回）的项目；部门领导为本部门已送审、待审核（review）的项目。系统管理员没有待办（空数组）；审计员 403。按剩余天数排序，已逾期的在前。',
    responses: { 200: { description: '待办列表', json: todoListSchema }, 401: ERRORS[401], 403: { ...ERRORS[403], component: undefined, description: '审计员没有待办' } },
  },
  {
    method: 'post',
    path: '/api/v1/rounds/{id}/projects/{projectId}/remind',
    operationId: 'remindProject',
    summary: '催报一个项目',
    description:
      '部门领导催报本部门进行中轮次里尚未送审（未填报或已退回）的项目：给该项目的每位负责人一条催报，显示在其待办和导航的提醒中；流转记录记一条“催报”，并记入审计日志。不需要请求体。',
    parameters: [ROUND_ID, PROJECT_ID],
    responses: { 200: { description: '已催报', json: projectRemindedSchema }, 401: ERRORS[401], 403: NOT_LEADER, 404: NOT_FOUND, 409: CLOSED },
  },
  {
    method: 'post',
    path: '/api/v1/rounds/{id}/remind',
    operationId: 'remindRound',
    summary: '全部催报',
    description:
      '部门领导一次催报该轮次中所有尚未送审（未填报或已退回）且已指定负责人的项目，每个项目如同单独催报；没有需要催报的项目时 projectIds 为空。不需要请求体。',
    parameters: [ROUND_ID],
    responses: { 200: { description: '已催报', json: roundRemindedSchema }, 401: ERRORS[401], 403: NOT_LEADER, 404: { ...ERRORS[404], component: undefined, description: '轮次不存在' }, 409: CLOSED },
  },
];
