/** Malformed inputs users and attackers send; each must be refused with a Chinese message and change nothing. */
import { badDocuments } from './bad-documents';
import { commaLine, craftedText, farCellXlsx, spacesInsideItem, zipBombXlsx } from './hostile-inputs';

const LONG = '长'.repeat(2001);

/** Entry bodies for a quantitative cumulative indicator (target 1) of the owner's project. */
export const BAD_ENTRY_BODIES: [string, unknown][] = [
  ['NaN', { value: Number.NaN }],
  ['Infinity', { value: Number.POSITIVE_INFINITY }],
  ['-Infinity', { value: Number.NEGATIVE_INFINITY }],
  ['1e309 (JSON overflow)', JSON.parse('{"value":1e309}')],
  ['beyond 1e15', { value: 1e16 }],
  ['negative count', { value: -1 }],
  ['tiny negative', { value: -0.0001 }],
  ['text value', { value: '三次' }],
  ['numeric string', { value: '12' }],
  ['empty string', { value: '' }],
  ['boolean', { value: true }],
  ['object value', { value: { n: 1 } }],
  ['array value', { value: [1] }],
  ['missing value', {}],
  ['null value', { value: null }],
  ['status on a quantitative indicator only', { status: '达成' }],
  ['unknown status', { value: 1, status: '完成' }],
  ['unconvertible unit', { value: 1, unit: '元' }],
  ['unit too long', { value: 1, unit: '次'.repeat(21) }],
  ['unit not a string', { value: 1, unit: 5 }],
  ['forecast NaN', { value: 1, forecast: Number.NaN }],
  ['forecast text', { value: 1, forecast: '很多' }],
  ['forecast Infinity', { value: 1, forecast: Number.POSITIVE_INFINITY }],
  ['reasons not a list', { value: 1, reasons: '经费保障' }],
  ['unknown reason', { value: 1, reasons: ['天气原因'] }],
  ['duplicate reasons', { value: 1, reasons: ['其他', '其他'] }],
  ['too many reasons', { value: 1, reasons: Array.from({ length: 11 }, () => '其他') }],
  ['reason not a string', { value: 1, reasons: [1] }],
  ['unknown possibility', { value: 1, possibility: '不好说' }],
  ['possibility not a string', { value: 1, possibility: 1 }],
  ['over-long note', { value: 1, note: LONG }],
  ['over-long explanation', { value: 1, explanation: LONG }],
  ['huge explanation', { value: 1, explanation: 'x'.repeat(10_000) }],
  ['note not a string', { value: 1, note: 42 }],
  ['body is a string', '{"value":1}'],
  ['body is a number', 1],
  ['body is null', null],
  ['body is a list', [{ value: 1 }]],
];

/** Periods that are not a month of the 2022 budget year. */
export const BAD_PERIODS: string[] = [
  '2022-13',
  '2022-00',
  '2021-12',
  '2023-01',
  '2022-1',
  '22-01',
  '2022/01',
  '2022-01-01',
  '',
  ' 2022-01',
  "2022-01'; DROP TABLE entries;--",
  '２０２２-０１',
];

/** Ids that do not name a row. */
export const FORGED_IDS: number[] = [0, -1, 1.5, Number.NaN, 1e20, Number.MAX_SAFE_INTEGER, 999_999];

export const BAD_EXECUTION_BODIES: [string, unknown][] = [
  ['NaN', { amount: Number.NaN }],
  ['Infinity', { amount: Number.POSITIVE_INFINITY }],
  ['negative', { amount: -5 }],
  ['text', { amount: '二十' }],
  ['missing', {}],
  ['null', { amount: null }],
  ['beyond 1e12', { amount: 1e13 }],
  ['list', [10]],
];

/** Target-change bodies for 参加会议人数 (30, cumulative) of the owner's project, 2022 budget year. */
const TARGET = { kind: 'quantitative', comparator: null, value: 25, unit: '人', direction: 'higher', mode: 'cumulative', plannedPeriod: null, reason: '会议规模调整' };

export const BAD_TARGET_CHANGES: [string, unknown][] = [
  ['unknown kind', { ...TARGET, kind: 'fuzzy' }],
  ['unknown mode', { ...TARGET, mode: 'weekly' }],
  ['unknown comparator', { ...TARGET, comparator: '≈' }],
  ['unknown direction', { ...TARGET, direction: 'up' }],
  ['quantitative without value', { ...TARGET, value: null }],
  ['value NaN', { ...TARGET, value: Number.NaN }],
  ['value Infinity', { ...TARGET, value: Number.POSITIVE_INFINITY }],
  ['value beyond 1e15', { ...TARGET, value: 1e16 }],
  ['value as text', { ...TARGET, value: '25' }],
  ['unit too long', { ...TARGET, unit: 'x'.repeat(21) }],
  ['unit not a string', { ...TARGET, unit: 5 }],
  ['planned month outside the budget year', { ...TARGET, plannedPeriod: '2023-03' }],
  ['planned month malformed', { ...TARGET, plannedPeriod: '2022-9' }],
  ['planned month with SQL', { ...TARGET, plannedPeriod: "2022-09'; DROP TABLE target_changes;--" }],
  ['no reason', { ...TARGET, reason: undefined }],
  ['blank reason', { ...TARGET, reason: '   ' }],
  ['over-long reason', { ...TARGET, reason: LONG }],
  ['reason not a string', { ...TARGET, reason: ['理由'] }],
  ['the same target', { ...TARGET, value: 30, unit: null }],
  ['unknown field', { ...TARGET, category: '产出指标' }],
  ['a field missing', { kind: 'quantitative', value: 25, reason: '会议规模调整' }],
  ['empty body', {}],
  ['not an object', 'quantitative'],
  ['a list', [TARGET]],
];

/** Files that are not a 项目支出绩效目标表. */
export function badTableFiles(): [string, Uint8Array][] {
  const text = (s: string) => new TextEncoder().encode(s);
  const header = '项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n';
  return [
    ['empty', new Uint8Array()],
    ['only whitespace', text('  \n\n\t \n')],
    ['binary with NUL bytes', Uint8Array.from({ length: 256 }, (_, i) => i)],
    ['PNG header', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['broken zip (fake xlsx)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])],
    ['random prose', text('这是一份会议纪要，不是绩效目标表。\n第二行。')],
    ['header only', text(header)],
    ['header and 合计 only', text(`${header}合计\t1.00\t1.00\t\t\t\t\n`)],
    ['truncated before the header', text('项目支出绩效目标表\n部门名称：某局\n单位：万元\n项目名称（资金')],
    ['script tags, no table', text('<script>alert(1)</script>\n<img src=x onerror=alert(1)>')],
    ['wrong encoding (Latin-1 bytes)', Uint8Array.from([0xe9, 0xe8, 0xff, 0xfe, 0x00, 0x41])],
    ['invalid UTF-8 and GB18030', Uint8Array.from([0x80, 0x80, 0x80, 0xff, 0xff])],
    ['CSV of something else', text('name,age\nAda,36\n')],
    ['oversized', new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41)],
    ['40,000 spaces inside an item', spacesInsideItem(40_000)],
    ['a line of 1 MB of commas', commaLine(1024 * 1024)],
    ['40 KB crafted against trailing patterns', craftedText(40)],
    ['xlsx with a cell at XFD1048576', farCellXlsx('XFD1048576')],
    ['xlsx with a cell at column XFD', farCellXlsx('XFD1')],
    ['xlsx zip bomb (100 MB of XML)', zipBombXlsx(100)],
    ['xlsx zip bomb lying about its size', zipBombXlsx(10, true)],
    ...badDocuments().map(([what, bytes]): [string, Uint8Array] => [what, bytes]),
  ];
}

/** `next` values after signing in that must not lead off the site (each as the login page receives it). */
export const OPEN_REDIRECTS: string[] = [
  '/%5Cevil.example',
  '/%5cevil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  '//evil.example',
  '///evil.example',
  '/%2F/evil.example',
  '/%2f%2fevil.example',
  '%2F%2Fevil.example',
  'https://evil.example',
  'https:evil.example',
  'HTTPS://evil.example/projects',
  '//evil.example/%2e%2e',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/%09/evil.example',
  '/%0d%0a/evil.example',
  '\u0000/evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  ' /projects',
  '/%E0%A4%A',
  `/${'a'.repeat(2001)}`,
];

/** Sign-in attempts that name no account: refused like a wrong password, no session, the audit bounded and password-free. */
export const BAD_SIGN_INS: [string, { username: unknown; password: unknown }][] = [
  ['over-long username', { username: 'a'.repeat(10_000), password: 'demo1234' }],
  ['over-long password', { username: 'admin', password: 'p'.repeat(100_000) }],
  ['NUL in the username', { username: 'admin\u0000', password: 'demo1234' }],
  ['newline inside the username', { username: 'adm\nin', password: 'demo1234' }],
  ['right-to-left override', { username: 'ad\u202emin', password: 'demo1234' }],
  ['look-alike Cyrillic letter', { username: 'аdmin', password: 'demo1234' }],
  ['SQL comment', { username: "admin' --", password: 'x' }],
  ['SQL tautology', { username: "' OR '1'='1", password: "x' OR 'x'='x" }],
  ['wildcard', { username: '%', password: 'demo1234' }],
  ['only spaces', { username: '   ', password: 'demo1234' }],
  ['empty password', { username: 'admin', password: '' }],
  ['username not a string', { username: ['admin'], password: 'demo1234' }],
  ['password not a string', { username: 'admin', password: { toString: 'demo1234' } }],
];
