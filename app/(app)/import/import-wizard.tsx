'use client';

import { useState } from 'react';
import type { UploadPreview } from '@/server/import/preview-upload';
import { PreviewEditor } from './preview-editor';
import { UploadForm } from './upload-form';

/** Upload or paste → editable preview. A new upload replaces the preview and its edits. */
export function ImportWizard({ maxBytes, tooLarge }: { maxBytes: number; tooLarge: string }) {
  const [loaded, setLoaded] = useState<{ upload: UploadPreview; key: number } | null>(null);
  return (
    <div className="flex flex-col gap-4">
      <UploadForm maxBytes={maxBytes} tooLarge={tooLarge} onLoaded={(upload) => setLoaded((prev) => ({ upload, key: (prev?.key ?? 0) + 1 }))} onFailed={() => setLoaded(null)} />
      {loaded && <PreviewEditor key={loaded.key} initial={loaded.upload.preview} initialYear={loaded.upload.year} />}
    </div>
  );
}
