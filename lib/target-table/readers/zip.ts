/**
 * The zip container of .xlsx and .docx, checked before anything is inflated: the central directory must be
 * readable and declare a bounded number of entries, a bounded inflated total and plausible compression ratios,
 * and each entry must inflate to no more than it declares (a zip bomb may lie in its directory).
 */
import { inflateRawSync } from 'node:zlib';
import { TableFormatError } from '../errors';

export const ZIP_LIMITS = {
  entries: 2_000,
  /** Inflated bytes of all entries together. */
  inflatedBytes: 80 * 1024 * 1024,
  /** Inflated / compressed, for entries inflating to more than `ratioFloor` bytes. */
  ratio: 200,
  ratioFloor: 1024 * 1024,
} as const;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const damaged = (what: string) => new TableFormatError(`文件已损坏：${what}`);

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndRecord(data: DataView): number {
  const last = data.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (data.getUint32(at, true) === EOCD) return at;
  }
  throw damaged('找不到 zip 目录（文件不完整或不是 Office 文档）');
}

/** The entries of the central directory, refused past the limits; nothing is inflated. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  const end = findEndRecord(data);
  const count = data.getUint16(end + 10, true);
  const offset = data.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new TableFormatError('不支持 ZIP64 格式的大文件');
  if (count > ZIP_LIMITS.entries) throw new TableFormatError(`文件结构异常：含 ${count} 个部件，超过 ${ZIP_LIMITS.entries} 个的上限`);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let at = offset, i = 0; i < count; i += 1) {
    if (at + 46 > data.byteLength || data.getUint32(at, true) !== CENTRAL) throw damaged('zip 目录不完整');
    const nameLength = data.getUint16(at + 28, true);
    const entry: ZipEntry = {
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    total += entry.size;
    if (total > ZIP_LIMITS.inflatedBytes) throw new TableFormatError('文件过大或结构异常：解压后超过 80 MB');
    if (entry.size > ZIP_LIMITS.ratioFloor && entry.size > entry.compressedSize * ZIP_LIMITS.ratio) {
      throw new TableFormatError(`文件过大或结构异常：部件「${entry.name}」的压缩比异常（疑似压缩炸弹）`);
    }
    entries.push(entry);
    at += 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  }
  return entries;
}

/** Inflates one entry, refusing one that inflates to more than its directory declares. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > data.byteLength || data.getUint32(at, true) !== LOCAL) throw damaged(`部件「${entry.name}」缺失`);
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  if (raw.length !== entry.compressedSize) throw damaged(`部件「${entry.name}」不完整`);
  if (entry.method === STORED) return raw;
  if (entry.method !== DEFLATED) throw new TableFormatError(`文件结构异常：部件「${entry.name}」的压缩方式不受支持`);
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
  } catch {
    throw new TableFormatError(`文件过大或结构异常：部件「${entry.name}」无法解压或超出其声明的大小`);
  }
  if (inflated.length !== entry.size) throw damaged(`部件「${entry.name}」的大小与目录不符`);
  return inflated;
}

/** Checks the whole archive: the directory within the limits and every entry inflating to its declared size. */
export function checkZip(bytes: Uint8Array): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  for (const entry of entries) inflateEntry(bytes, entry);
  return entries;
}
