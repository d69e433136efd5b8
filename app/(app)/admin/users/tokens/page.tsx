import { getDb } from '@/db';
import { Card } from '@/components/ui/card';
import { listTokens } from '@/server/users/manage-tokens';
import { deniedPage } from '../../../access-denied';
import { requirePageActor } from '../../../page-actor';
import { AdminHeader } from '../admin-header';
import { ADMIN_ONLY_MESSAGE } from '../admin-page';
import { CreateTokenForm } from './create-token-form';
import { TokensTable } from './tokens-table';

/** 访问令牌: every API token of every user, with its state; the administrator issues and revokes them here. */
export default async function TokensPage() {
  const actor = await requirePageActor();
  if (actor.role !== 'admin') return deniedPage(actor, '/admin/users/tokens', ADMIN_ONLY_MESSAGE);
  const { tokens, owners } = listTokens(getDb(), actor);
  return (
    <div className="flex flex-col gap-4">
      <AdminHeader current="tokens" />
      <p className="text-sm text-slate-600">
        访问令牌供其他系统（数据大屏、统计脚本）以某个用户的身份调用接口（<code>Authorization: Bearer …</code>）。令牌到期、被吊销，或其用户修改密码、被重置密码、被停用时立即失效。
        也可在服务器上用 <code className="rounded bg-slate-100 px-1">npm run -s token -- create|list|revoke</code> 管理。
      </p>
      <TokensTable tokens={tokens} now={new Date()} />
      <Card title="新建令牌">
        <CreateTokenForm owners={owners} />
      </Card>
    </div>
  );
}
