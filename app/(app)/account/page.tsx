import { Card } from '@/components/ui/card';
import { requirePageActor } from '../page-actor';
import { ChangePasswordForm } from './change-password-form';

export default async function AccountPage() {
  const actor = await requirePageActor();
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <header>
        <h1 className="text-xl font-semibold">修改密码</h1>
        <p className="text-sm text-slate-500">
          {actor.name}（<span className="font-mono">{actor.username}</span>）。当前密码连续输错 5 次，账户将被锁定 15 分钟。
        </p>
      </header>
      <Card>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
