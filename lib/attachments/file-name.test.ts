import { describe, expect, it } from 'vitest';
import { checkAttachmentName } from './file-name';

const refusal = (name: string) => {
  const checked = checkAttachmentName(name);
  return checked.ok ? null : checked.message;
};

describe('checkAttachmentName', () => {
  it('keeps a plain Chinese name, trimmed', () => {
    expect(checkAttachmentName('  满意度调查报告（2022）.pdf ')).toEqual({ ok: true, name: '满意度调查报告（2022）.pdf' });
  });

  it('refuses path separators, control and bidirectional characters, dots only, empty names', () => {
    expect(refusal('../../etc/passwd')).toBe('文件名不能包含路径分隔符（/ 或 \\）');
    expect(refusal('C:\\temp\\a.pdf')).toBe('文件名不能包含路径分隔符（/ 或 \\）');
    expect(refusal('a\u0000.pdf')).toBe('文件名不能包含控制字符或不可见的格式字符');
    expect(refusal('报告\n.pdf')).toBe('文件名不能包含控制字符或不可见的格式字符');
    expect(refusal('invoice\u202Efdp.exe')).toBe('文件名不能包含控制字符或不可见的格式字符');
    expect(refusal('..')).toBe('文件名无效');
    expect(refusal('   ')).toBe('文件名为空，请为文件命名后再上传');
  });

  it('bounds the length in characters, not bytes', () => {
    expect(checkAttachmentName(`${'表'.repeat(116)}.pdf`).ok).toBe(true); // 120 characters
    expect(refusal(`${'表'.repeat(117)}.pdf`)).toBe('文件名不能超过 120 个字（当前 121 个）');
  });
});
