/** The 总览 resource of the OpenAPI document. */
import { overviewSchema } from '../schemas/overview';
import { PARAMETERS, readErrors, type ApiOperation } from './operation';
import { YEAR_QUERY } from './projects';

export const overviewOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/overview',
    operationId: 'getOverview',
    summary: '某部门某预算年度的总览（截至某月）',
    description:
      '与“总览”页面相同的数字：项目与指标按灯号计数、该月已填报 / 未填报 / 已过期的指标数、预算总额、已执行、执行率与预算灯号、逐月执行率与序时进度、按一级指标的分布，以及全部红灯、黄灯与预算执行滞后的项目（每个项目下列出其红灯、黄灯指标和偏差原因）。部门与年度的取法同项目列表；该年度没有目标表时 404。',
    parameters: [YEAR_QUERY, PARAMETERS.asOf, PARAMETERS.department],
    responses: { 200: { description: '总览', json: overviewSchema }, ...readErrors(true) },
  },
];
