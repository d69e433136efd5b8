import { z } from 'zod';
import { ATTACHMENT_MIME_TYPES } from '@/lib/attachments/types';

/** An uploaded 佐证材料 as the API answers it: `type` is the MIME type found from the content. */
export const attachmentSchema = z
  .object({
    id: z.number().int().describe('佐证材料编号，下载与删除用'),
    name: z.string().describe('上传时的文件名'),
    size: z.number().int().describe('字节数'),
    type: z.enum(ATTACHMENT_MIME_TYPES as [string, ...string[]]).describe('按文件内容判断的类型'),
  })
  .meta({ id: 'Attachment' });

export type AttachmentJson = z.infer<typeof attachmentSchema>;

/** One 佐证材料 of a project: which indicator, which month (null for its 自评 line), who uploaded it and when. */
export const attachmentRecordSchema = attachmentSchema
  .extend({
    indicatorId: z.number().int(),
    period: z.string().nullable().describe('所属填报的月份 YYYY-MM；自评指标的佐证材料为 null'),
    uploader: z.string().describe('上传人姓名'),
    createdAt: z.string().describe('上传时间（ISO 8601）'),
  })
  .meta({ id: 'AttachmentRecord' });

export const attachmentListSchema = z.object({ attachments: z.array(attachmentRecordSchema) }).meta({ id: 'AttachmentList' });

export type AttachmentListJson = z.infer<typeof attachmentListSchema>;
