/**
 * The hostile requests of `npm run -s bench:dos`: each one an input that once held the whole server (quadratic
 * patterns, huge cells, a sheet reaching column XFD, a zip bomb), sent the way an attacker would send it.
 */
import { commaLine, craftedText, farCellXlsx, spacesInsideItem, zipBombXlsx } from '../../test/support/hostile-inputs';
import { actionRequest, formData } from '../../test/support/server-action';
import type { HttpSession } from '../bench/http-session';

export interface Sessions {
  url: string;
  owner: HttpSession;
  auditor: HttpSession;
  admin: HttpSession;
  anonymous: HttpSession;
  ownerToken: string;
}

export interface HostileRequest {
  name: string;
  send: (s: Sessions) => Promise<Response>;
}

const DIGITS_THEN_LETTER = `${'9'.repeat(60_000)}x`;
const MEGABYTE_FIELD = `${'9'.repeat(1024 * 1024)}x`;
const ENTRY_STATE = { ok: false, message: null, fieldErrors: {} };
/** Project 1 of the demo table belongs to `owner`; its indicator 4 is 会议数（次）. */
const OWNER_PROJECT = '/projects/1';

async function action(session: HttpSession, url: string, page: string, key: string, fields: Record<string, string>): Promise<Response> {
  const { headers, body } = await actionRequest(key, [ENTRY_STATE, formData(fields)]);
  return session.request(page, { method: 'POST', headers: { ...headers, Origin: url }, body });
}

const entry = (value: string) => ({ indicatorId: '4', period: '2022-06', value, forecast: value, expectedEntryId: '' });
const SETTINGS_NUMBERS = ['lightRed', 'lightYellow', 'lightGreen', 'budgetRed', 'budgetYellow', 'officialRoundMonth', 'weightBudget', 'weightOutput', 'weightBenefit', 'weightSatisfaction', 'grade优', 'grade良', 'grade中'];
const settings = (value: string) => ({ ...Object.fromEntries(SETTINGS_NUMBERS.map((name) => [name, value])), deviationReasons: '其他', reverseScoring: 'linear' });

const upload = (session: HttpSession, url: string, bytes: Uint8Array) =>
  session.request('/api/import/preview', { method: 'POST', headers: { Origin: url, 'Content-Type': 'application/octet-stream' }, body: new Blob([bytes as Uint8Array<ArrayBuffer>]) });

export const HOSTILE_REQUESTS: HostileRequest[] = [
  {
    name: '审计员提交填报：完成值与全年预计各为 6 万位数字加一个字母',
    send: (s) => action(s.auditor, s.url, OWNER_PROJECT, 'app/(app)/projects/[id]/actions.ts#saveEntryAction', entry(DIGITS_THEN_LETTER)),
  },
  {
    name: '负责人提交填报：完成值与全年预计各为 6 万位数字加一个字母',
    send: (s) => action(s.owner, s.url, OWNER_PROJECT, 'app/(app)/projects/[id]/actions.ts#saveEntryAction', entry(DIGITS_THEN_LETTER)),
  },
  {
    name: '负责人提交填报：完成值为 1 MB 数字加一个字母',
    send: (s) => action(s.owner, s.url, OWNER_PROJECT, 'app/(app)/projects/[id]/actions.ts#saveEntryAction', entry(MEGABYTE_FIELD)),
  },
  {
    name: '负责人提交执行数：6 万位数字加一个字母',
    send: (s) =>
      action(s.owner, s.url, OWNER_PROJECT, 'app/(app)/projects/[id]/actions.ts#saveExecutionAction', { projectId: '1', period: '2022-06', amount: DIGITS_THEN_LETTER, expectedExecutionId: '' }),
  },
  {
    name: '负责人申请调整目标：目标值为 6 万位数字加一个字母',
    send: (s) =>
      action(s.owner, s.url, OWNER_PROJECT, 'app/(app)/projects/[id]/actions.ts#proposeTargetChangeAction', {
        indicatorId: '4', kind: 'quantitative', comparator: '>=', value: DIGITS_THEN_LETTER, unit: '次', direction: 'higher', mode: 'cumulative', plannedPeriod: '', reason: '压力测试',
      }),
  },
  { name: '审计员提交设置：每个数字字段 6 万位数字加一个字母', send: (s) => action(s.auditor, s.url, '/admin/settings', 'app/(app)/admin/settings/actions.ts#updateSettingsAction', settings(DIGITS_THEN_LETTER)) },
  { name: '管理员提交设置：每个数字字段 6 万位数字加一个字母', send: (s) => action(s.admin, s.url, '/admin/settings', 'app/(app)/admin/settings/actions.ts#updateSettingsAction', settings(DIGITS_THEN_LETTER)) },
  {
    name: '接口填报（令牌）：完成值为 6 万位数字加一个字母的字符串',
    send: (s) =>
      fetch(`${s.url}/api/v1/indicators/4/entries/2022-06`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${s.ownerToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ value: DIGITS_THEN_LETTER.slice(0, 60_000) }),
      }),
  },
  { name: '导入：条目中夹 4 万个空格', send: (s) => upload(s.admin, s.url, spacesInsideItem(40_000)) },
  { name: '导入：一行 1 MB 的逗号', send: (s) => upload(s.admin, s.url, commaLine(1024 * 1024)) },
  { name: '导入：针对旧正则构造的 40 KB 文本', send: (s) => upload(s.admin, s.url, craftedText(40)) },
  { name: '导入：单元格位于 XFD1048576 的 xlsx', send: (s) => upload(s.admin, s.url, farCellXlsx()) },
  { name: '导入：解压后 200 MB、目录谎报大小的 xlsx', send: (s) => upload(s.admin, s.url, zipBombXlsx(200, true)) },
  { name: '导入：11 MB 的上传', send: (s) => upload(s.admin, s.url, new Uint8Array(11 * 1024 * 1024).fill(0x41)) },
  {
    name: '登录：用户名与密码各 1 MB',
    send: (s) =>
      s.anonymous.request('/api/auth/callback/credentials', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'a'.repeat(1024 * 1024), password: 'b'.repeat(1024 * 1024) }),
      }),
  },
];
