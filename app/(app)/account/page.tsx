import { getDb } from '@/db';
import { Card } from '@/components/ui/card';
import { passwordChangeNotice } from '@/lib/auth/password-change';
import { LOCKOUT_MINUTES, THROTTLE_LIMITS } from '@/lib/auth/sign-in-throttle';
import { loadPasswordExpiry } from '@/server/auth/password-expiry';
import { requireSignedIn } from '../page-actor';
import { ChangePasswordForm } from './change-password-form';

/** 修改密码: open to every signed-in user, and where one who must change their password is sent from every page. */
export default async function AccountPage() {
  const actor = await requireSignedIn();
  const expiry = loadPasswordExpiry(getDb());
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <header>
        <h1 className="text-xl font-semibold">修改密码</h1>
        <p className="text-sm text-slate-500">
          {actor.name}（<span className="font-mono">{actor.username}</span>）。修改后，您在其他设备上的登录将退出，您的访问令牌将全部吊销。
          当前密码连续输错 {THROTTLE_LIMITS.pair} 次，{LOCKOUT_MINUTES} 分钟内将无法从本机登录。
        </p>
      </header>
      {actor.passwordChange && (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {passwordChangeNotice(actor.passwordChange, expiry)}
        </p>
      )}
      <Card>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
