import { MAX_ATTACHMENT_NAME_LENGTH } from './types';

/** A file name as it may be stored and shown, or why it is refused. */
export type CheckedFileName = { ok: true; name: string } | { ok: false; message: string };

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * The uploaded file's name, trimmed: refused when it holds a path separator (/ or \), a control or bidirectional
 * formatting character, is only dots, is empty, or is longer than MAX_ATTACHMENT_NAME_LENGTH characters.
 */
export function checkAttachmentName(raw: string): CheckedFileName {
  const name = raw.normalize('NFC').trim();
  if (name === '') return { ok: false, message: '文件名为空，请为文件命名后再上传' };
  if (/[/\\]/.test(name)) return { ok: false, message: '文件名不能包含路径分隔符（/ 或 \\）' };
  if (CONTROL.test(name)) return { ok: false, message: '文件名不能包含控制字符或不可见的格式字符' };
  if (/^\.+$/.test(name)) return { ok: false, message: '文件名无效' };
  const length = [...name].length;
  if (length > MAX_ATTACHMENT_NAME_LENGTH) return { ok: false, message: `文件名不能超过 ${MAX_ATTACHMENT_NAME_LENGTH} 个字（当前 ${length} 个）` };
  return { ok: true, name };
}
