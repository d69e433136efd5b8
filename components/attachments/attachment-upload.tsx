'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MESSAGES, ATTACHMENT_TYPE_INFO, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '@/lib/attachments/types';
import { Button } from '../ui/button';
import { FormMessage } from '../ui/form-message';

const HINT = `${ATTACHMENT_TYPES.map((t) => ATTACHMENT_TYPE_INFO[t].extension).join('、')}，每个不超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`;

/**
 * Uploads one file to `url` (multipart `file`, same-origin fetch with the session); the server bounds the body before
 * parsing it and checks the type from the content. An empty or oversized file is refused here already, with the
 * server's own message.
 */
export function AttachmentUpload({ url, label }: { url: string; label: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ ok: boolean; message: string | null }>({ ok: true, message: null });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = input.current?.files?.[0];
    if (!file) return setState({ ok: false, message: '请先选择文件' });
    if (file.size === 0) return setState({ ok: false, message: ATTACHMENT_MESSAGES.empty });
    if (file.size > MAX_ATTACHMENT_BYTES) return setState({ ok: false, message: ATTACHMENT_MESSAGES.tooLarge });
    const body = new FormData();
    body.append('file', file);
    setBusy(true);
    const response = await fetch(url, { method: 'POST', body }).catch(() => null);
    setBusy(false);
    if (response?.status === 201) {
      setState({ ok: true, message: `已上传「${file.name}」` });
      form.reset();
      router.refresh();
      return;
    }
    const answer = ((await response?.json().catch(() => null)) ?? null) as { error?: string } | null;
    setState({ ok: false, message: answer?.error ?? '上传失败，请稍后重试' });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-center gap-2">
        <label className="min-w-0 flex-1 text-sm">
          <span className="sr-only">{label}</span>
          <input ref={input} type="file" name="file" accept={ATTACHMENT_ACCEPT} aria-label={label} className="block w-full text-sm file:mr-2 file:rounded file:border file:border-slate-300 file:bg-white file:px-2 file:py-1 file:text-sm" />
        </label>
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? '上传中…' : '上传'}
        </Button>
      </div>
      <p className="text-xs text-slate-500">{HINT}</p>
      <FormMessage state={state} />
    </form>
  );
}
