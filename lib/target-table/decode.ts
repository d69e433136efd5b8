/** Bytes of an uploaded table → text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */
import { TableFormatError } from './errors';
import { findBinaryNoise } from './text';

function decodeStrict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAny(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict('utf-16le', bytes) ?? '\u0000';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict('utf-16be', bytes) ?? '\u0000';
  if (bytes.includes(0)) {
    throw new TableFormatError('文件含有 NUL 字节，不是文本表格（可能是 Excel、PDF 或其他二进制文件）');
  }
  const text = decodeStrict('utf-8', bytes) ?? decodeStrict('gb18030', bytes);
  if (text === null) throw new TableFormatError('无法识别文件编码：既不是 UTF-8，也不是 GB18030/GBK');
  return text;
}

/** Decodes the bytes of a text table; throws TableFormatError for empty or binary content. */
export function decodeTableText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new TableFormatError('文件为空');
  const text = decodeAny(bytes);
  if (findBinaryNoise(text)) {
    throw new TableFormatError('文件含有控制字符，不是文本表格（可能是 Excel、PDF 或其他二进制文件）');
  }
  return text;
}
