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
