/** The 目标调整 resources of the OpenAPI document: an owner's proposal and the approver's decision. */
import { DEFAULT_MONITORING_SETTINGS } from '@/lib/monitoring/settings';
import { decisionSchema, targetChangeInputSchema } from '@/server/target-changes/target-change-input';
import { idParamSchema } from '../param-schemas';
import { targetChangeSchema } from '../schemas/target-change';
import { ERRORS, writeErrors, type ApiOperation, type ApiParameter } from './operation';

const maxText = DEFAULT_MONITORING_SETTINGS.noteMaxLength;
const CHANGE_ID: ApiParameter = { name: 'id', in: 'path', required: true, description: '目标调整编号', schema: idParamSchema };
const NOT_APPROVER = { ...ERRORS[403], component: undefined, description: '不是审批人：系统管理员审批；设置中允许时，本部门的部门领导也可以' };
const DECIDED = { ...ERRORS[400], component: undefined, description: '该目标调整已被批准或驳回，不再待审批' };

export const targetChangeOperations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/v1/indicators/{id}/target-changes',
    operationId: 'proposeTargetChange',
    summary: '申请调整指标的目标（目标调整）',
    description:
      '只有该项目的负责人可以申请。请求体为完整的目标（每个字段都要给出，可为 null 的给 null）和理由，目标值为 JSON 数字。批准前灯号、序时应完成值和导出仍按现行目标计算；申请在 GET /api/v1/projects/{id} 各指标的 pendingTargetChange 中可见。每个指标同时只能有一项待审批的调整，再次申请返回 409。与现行目标相同、定量目标缺目标值、计划完成月份不在预算年度内、单位无法换算已填报的数值、缺少理由或有未知字段时返回 400。项目有已在监控轮次中审核通过的月份时返回 423（目标对全年有效），批准此前提出的申请同样 423。',
    parameters: [{ name: 'id', in: 'path', required: true, description: '指标编号', schema: idParamSchema }],
    requestBody: targetChangeInputSchema('json', maxText).meta({ description: '完整的目标与理由；未知字段会被拒绝（400）' }),
    responses: {
      201: { description: '待审批的目标调整', json: targetChangeSchema },
      ...writeErrors(),
      409: { ...ERRORS[400], component: undefined, description: '该指标已有待审批的目标调整' },
      423: ERRORS[423],
    },
  },
  {
    method: 'post',
    path: '/api/v1/target-changes/{id}/approve',
    operationId: 'approveTargetChange',
    summary: '批准目标调整',
    description:
      '在一个事务中把申请的目标写入指标（标记为已调整，重新导入同样的年度指标值时保留），记录审批人、时间与意见，并写入审计日志；此后灯号、序时应完成值和导出按新目标计算。comment 可省略。自申请以来已填报数值的单位与申请的单位无法换算时返回 400。',
    parameters: [CHANGE_ID],
    requestBody: decisionSchema({ maxText, commentRequired: false }).meta({ description: '审批意见，可省略' }),
    responses: { 200: { description: '审批后的目标调整', json: targetChangeSchema }, ...writeErrors(), 403: NOT_APPROVER, 409: DECIDED },
  },
  {
    method: 'post',
    path: '/api/v1/target-changes/{id}/reject',
    operationId: 'rejectTargetChange',
    summary: '驳回目标调整',
    description: '目标保持不变。驳回须填写 comment（审批意见），负责人在项目页的目标调整记录中可以看到。',
    parameters: [CHANGE_ID],
    requestBody: decisionSchema({ maxText, commentRequired: true }).meta({ description: '审批意见；驳回时必填' }),
    responses: { 200: { description: '审批后的目标调整', json: targetChangeSchema }, ...writeErrors(), 403: NOT_APPROVER, 409: DECIDED },
  },
];
