/**
 * 佐证材料 (DOMAIN.md §9): the file types an owner may attach, each with its MIME type, extension and Chinese name,
 * declared once; the upload check, the download headers, the pages and the API document derive from these.
 */
export const ATTACHMENT_TYPES = ['pdf', 'png', 'jpg', 'docx', 'xlsx'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_TYPE_INFO: Record<AttachmentType, { mime: string; extension: string; label: string }> = {
  pdf: { mime: 'application/pdf', extension: 'pdf', label: 'PDF 文档' },
  png: { mime: 'image/png', extension: 'png', label: 'PNG 图片' },
  jpg: { mime: 'image/jpeg', extension: 'jpg', label: 'JPG 图片' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word 文档' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', label: 'Excel 工作簿' },
};

export const ATTACHMENT_MIME_TYPES = ATTACHMENT_TYPES.map((t) => ATTACHMENT_TYPE_INFO[t].mime);

/** The type stored with a row (its MIME type) back to its code; null for anything else. */
export function attachmentTypeOfMime(mime: string): AttachmentType | null {
  return ATTACHMENT_TYPES.find((t) => ATTACHMENT_TYPE_INFO[t].mime === mime) ?? null;
}

/** At most 20 MB each. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** A file name keeps at most this many characters (its extension included). */
export const MAX_ATTACHMENT_NAME_LENGTH = 120;

/** The `accept` of the file input: the extensions, so the picker offers the allowed files first. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.map((t) => `.${ATTACHMENT_TYPE_INFO[t].extension}`).join(',') + ',.jpeg';

const allowed = ATTACHMENT_TYPES.map((t) => ATTACHMENT_TYPE_INFO[t].extension).join('、');

export const ATTACHMENT_MESSAGES = {
  tooLarge: `文件超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB 的上限，请压缩或拆分后再上传`,
  empty: '文件为空（0 字节），请选择有内容的文件',
  wrongType: `文件类型不受支持：只能上传 ${allowed} 文件，类型按文件内容判断，改扩展名无效`,
} as const;

/** What the pages show of one attachment: an entry's (`period` YYYY-MM) or a 自评 line's (`period` null). */
export interface AttachmentView {
  id: number;
  indicatorId: number;
  period: string | null;
  name: string;
  size: number;
  type: string;
  uploader: string;
  createdAt: string;
}
