'use client';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../use-form-action';
import { endDemoModeAction } from './actions';

/** 关闭示例环境: what it changes, a confirmation, and the button; once off it stays off. */
export function DemoModeForm({ demoMode, confirmation }: { demoMode: boolean; confirmation: string }) {
  const { state, pending, onSubmit } = useFormAction(endDemoModeAction);
  if (!demoMode) return <p className="text-sm text-slate-600">未使用示例环境：登录页不显示示例账户，页面不显示“示例环境”提示。</p>;
  return (
    <form onSubmit={onSubmit} aria-label="关闭示例环境" className="flex flex-col gap-3 text-sm">
      <p className="text-slate-700">当前为示例环境：登录页公开显示示例账户及其密码 demo1234，每个页面顶部显示“示例环境”。正式使用前请关闭：</p>
      <ul className="list-disc pl-5 text-slate-600">
        <li>登录页不再显示示例账户和密码，页面不再显示“示例环境”；</li>
        <li>仍在使用 demo1234 的示例账户（包括您自己的 admin），下次操作前须先修改密码；</li>
        <li>已导入的目标表、填报和用户均保留。此操作不可撤销。</li>
      </ul>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="confirm" value={confirmation} required disabled={pending} />
        我已了解，关闭示例环境
      </label>
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          关闭示例环境
        </Button>
      </div>
    </form>
  );
}
