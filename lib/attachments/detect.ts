/**
 * The type of an uploaded file from its content (magic bytes), never from its name: %PDF-, the PNG signature, a JPEG
 * start-of-image marker, or an Office Open XML package — a zip whose central directory names [Content_Types].xml and
 * word/document.xml (Word) or xl/workbook.xml (Excel). Reading the directory is bounded (ZIP_LIMITS); nothing is
 * inflated.
 */
import { isZip, readZipDirectory } from '../target-table/readers/zip';
import type { AttachmentType } from './types';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

const startsWith = (bytes: Uint8Array, signature: number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

function officeType(bytes: Uint8Array): AttachmentType | null {
  let names: Set<string>;
  try {
    names = new Set(readZipDirectory(bytes).map((e) => e.name));
  } catch {
    return null;
  }
  if (!names.has('[Content_Types].xml')) return null;
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  return null;
}

/** The allowed type the bytes are, or null (an executable, HTML, an archive of anything else, an empty file). */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpg';
  if (isZip(bytes)) return officeType(bytes);
  return null;
}
