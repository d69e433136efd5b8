/** The entry resource of the OpenAPI document: one indicator's value for one month. */
import { entryInputSchema } from '@/server/entries/entry-input';
import { idParamSchema } from '../param-schemas';
import { entryConflictSchema, indicatorSchema } from '../schemas/project';
import { ERRORS, ETAG_HEADER, PARAMETERS, PRECONDITIONS, writeErrors, type ApiOperation } from './operation';

export const entryOperations: ApiOperation[] = [
  {
    method: 'put',
    path: '/api/v1/indicators/{id}/entries/{period}',
    operationId: 'putEntry',
    summary: '填报指标某月的完成情况',
    description:
      '只有该项目的负责人可以填报。该月已有填报时替换，旧填报保留在历史中。带 `If-Match: "<填报id>"`（读取时 entries[].id 或上次响应的 ETag）时，仅当该月当前填报仍是这一条才替换，否则 409 并返回当前填报；`If-None-Match: *` 表示仅当该月尚无填报时保存；都不带则直接替换。红灯或黄灯的填报须有偏差原因、原因说明和完成目标可能性，否则 422；数值未通过合理性检查（如超过年度目标的设定倍数、计数单位出现小数）时也是 422（code 为 implausible），确认无误后带 `confirm: true`。',
    parameters: [{ name: 'id', in: 'path', required: true, description: '指标编号', schema: idParamSchema }, PARAMETERS.period, ...PRECONDITIONS],
    requestBody: entryInputSchema('json'),
    responses: {
      200: { description: '截至该月的指标', json: indicatorSchema, headers: { ETag: ETAG_HEADER('保存的填报的版本（填报 id，带引号）') } },
      ...writeErrors(),
      409: { description: '该月的填报已被他人改变（If-Match 或 If-None-Match 不符）', json: entryConflictSchema },
      422: ERRORS[422],
      423: ERRORS[423],
    },
  },
];
