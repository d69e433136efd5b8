'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** "从此指标拆分为新项目": asks for the new project's name inline, then splits. */
export function SplitButton({ onSplit }: { onSplit: (name: string) => void }) {
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState('');
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className="mt-1 text-xs text-blue-800 hover:underline">
        从此指标拆分为新项目
      </button>
    );
  }
  const submit = () => {
    if (!name.trim()) return;
    onSplit(name);
    setAsking(false);
    setName('');
  };
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
      <input
        autoFocus
        aria-label="新项目名称"
        placeholder="新项目名称"
        maxLength={300}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit();
          if (e.key === 'Escape') setAsking(false);
        }}
        className="w-56 rounded border border-slate-300 px-1.5 py-1 text-xs focus:border-blue-600 focus:outline-none"
      />
      <Button type="button" className="px-2 py-1 text-xs" disabled={!name.trim()} onClick={submit}>
        拆分
      </Button>
      <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={() => setAsking(false)}>
        取消
      </Button>
    </div>
  );
}
