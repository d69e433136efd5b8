/** The export resources of the OpenAPI document: files in the official layout and the project list. */
import { exportFormatSchema, idParamSchema } from '../param-schemas';
import { PARAMETERS, readErrors, type ApiOperation } from './operation';
import { YEAR_QUERY } from './projects';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const REQUIRED_YEAR = { ...YEAR_QUERY, required: true };

export const exportOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/exports/monitoring.xlsx',
    operationId: 'exportMonitoringWorkbook',
    summary: '项目支出绩效目标执行监控表（Excel）',
    description:
      '按官方表样生成监控表：指定 project 时为该项目的一张表，否则为该部门该年度每个项目一张表。部门为调用者所在部门；系统管理员与财政复核员可用 department 指定。指定 round（监控轮次）时导出该轮次的部门、年度和月份（year、asOf、department 可省略，给出时须与轮次一致），标题写明轮次，每张表下方写明该项目的本轮状态（未填报/已送审/已通过/已退回）和审核意见，部门工作簿另有首张「轮次汇总」表。',
    parameters: [
      { ...YEAR_QUERY, description: '年度；指定 round 时可省略' },
      PARAMETERS.asOf,
      { name: 'project', in: 'query', description: '只导出该项目', schema: idParamSchema },
      PARAMETERS.department,
      { name: 'round', in: 'query', description: '监控轮次编号：导出该轮次的监控表', schema: idParamSchema },
    ],
    responses: { 200: { description: '监控表工作簿', files: { [XLSX]: 'binary' } }, ...readErrors(true) },
  },
  {
    method: 'get',
    path: '/api/v1/exports/self-evaluation.xlsx',
    operationId: 'exportSelfEvaluationWorkbook',
    summary: '项目支出绩效自评表（Excel）',
    description:
      '指定 project 时为该项目的自评表（能查看该项目的人都可导出）；否则指定 year（及系统管理员、财政复核员的 department），为该部门该年度的工作簿：首张为汇总表（总分、等级、执行率、状态、自评预警），其后每个项目一张自评表，仅部门领导、财政复核员和系统管理员可导出。',
    parameters: [
      { name: 'project', in: 'query', description: '只导出该项目', schema: idParamSchema },
      { ...YEAR_QUERY, description: '不指定 project 时必填' },
      PARAMETERS.department,
    ],
    responses: { 200: { description: '自评表工作簿', files: { [XLSX]: 'binary' } }, ...readErrors(true) },
  },
  {
    method: 'get',
    path: '/api/v1/exports/projects',
    operationId: 'exportProjectList',
    summary: '项目列表（Excel 或 CSV）',
    description: '与项目列表页相同的列；q、owner、light、ilight、category、unreported、key、sort、dir 等筛选与页面 URL 一致。CSV 为带 BOM 的 UTF-8。',
    parameters: [{ name: 'format', in: 'query', required: true, schema: exportFormatSchema }, REQUIRED_YEAR, PARAMETERS.asOf, PARAMETERS.department],
    responses: { 200: { description: '项目列表文件', files: { [XLSX]: 'binary', 'text/csv': 'text' } }, ...readErrors(false) },
  },
];
