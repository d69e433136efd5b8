'use client';

import { useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { UploadPreview } from '@/server/import/preview-upload';

interface Props {
  maxBytes: number;
  /** What a file over `maxBytes` is told (the server says the same). */
  tooLarge: string;
  onLoaded: (upload: UploadPreview) => void;
  onFailed: () => void;
}

/** What is sent: a file as it is, a table pasted from a web page as its HTML, or pasted text. */
type Upload = { file: Blob } | { html: string } | { text: string };

/** Sends the upload to the preview route (which tells the format from the content); the answer is a preview or `{ error }`. */
async function requestPreview(upload: Upload): Promise<UploadPreview | { error: string }> {
  const [body, type] =
    'file' in upload ? [upload.file, 'application/octet-stream'] : 'html' in upload ? [upload.html, 'text/html;charset=utf-8'] : [upload.text, 'text/plain;charset=utf-8'];
  try {
    const response = await fetch('/api/import/preview', { method: 'POST', body, headers: { 'content-type': type } });
    const answer = (await response.json()) as UploadPreview | { error?: string };
    if (response.ok && 'preview' in answer) return answer;
    return { error: ('error' in answer && answer.error) || `上传失败（${response.status}）` };
  } catch {
    return { error: '上传失败：请检查网络后重试' };
  }
}

/** Step 1: a file or pasted text, read on the server into a preview; nothing is saved yet. */
export function UploadForm({ maxBytes, tooLarge, onLoaded, onFailed }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // A table pasted from a web page: the browser also gives its HTML, whose rowspan/colspan say what text cannot.
  const [pastedHtml, setPastedHtml] = useState<string | null>(null);
  const pasting = useRef(false);

  return (
    <form
      aria-label="上传绩效目标表"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      onSubmit={(e) => {
        // Submitted by hand so that the chosen file and pasted text stay when the table is refused.
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const file = data.get('file');
        const text = String(data.get('text') ?? '');
        const hasFile = file instanceof File && file.size > 0;
        if (!hasFile && !text.trim()) return setError('请选择文件或粘贴表格内容');
        const upload: Upload = hasFile ? { file } : pastedHtml ? { html: pastedHtml } : { text };
        if ((hasFile ? file.size : new Blob([pastedHtml ?? text]).size) > maxBytes) {
          onFailed();
          return setError(tooLarge);
        }
        setError(null);
        startTransition(async () => {
          const result = await requestPreview(upload);
          if ('error' in result) {
            setError(result.error);
            onFailed();
          } else {
            onLoaded(result);
          }
        });
      }}
    >
      <h2 className="text-base font-semibold">第一步：选择文件或粘贴表格</h2>
      <div className="grid gap-4 md:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          上传文件
          <input
            name="file"
            type="file"
            accept=".pdf,.docx,.doc,.xlsx,.xls,.csv,.txt,.tsv,.html,.htm"
            className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1`}
          />
          <span className="text-xs font-normal text-slate-500">PDF（带文字层）、Word、Excel（含 .doc / .xls 旧格式）、网页或文本，按内容识别格式，不超过 {maxBytes / 1024 / 1024} MB。</span>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          或粘贴表格内容
          <textarea
            name="text"
            rows={3}
            placeholder="从网页、Excel 或 PDF 复制整张表（含表头行）粘贴到这里"
            className={`${inputClass} font-normal`}
            onPaste={(e) => {
              const html = e.clipboardData.getData('text/html');
              pasting.current = true;
              setPastedHtml(/<table[\s>]/i.test(html) ? html : null);
            }}
            onChange={() => {
              // Typing after a paste makes the text the table; the paste's own change keeps its HTML.
              if (!pasting.current) setPastedHtml(null);
              pasting.current = false;
            }}
          />
          <span className="text-xs font-normal text-slate-500">
            {pastedHtml ? '已取得粘贴的网页表格（按其合并单元格识别）。' : ''}同时选择了文件时以文件为准。
          </span>
        </label>
      </div>
      {error && (
        <p role="status" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? '识别中…' : '生成预览'}
        </Button>
      </div>
    </form>
  );
}
