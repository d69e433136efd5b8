import { tokenState, tokenStateLabel } from '@/lib/auth/token-state';
import { formatTimestamp } from '@/lib/format/timestamp';
import type { ApiTokenInfo } from '@/server/auth/api-tokens';
import { RevokeTokenForm } from './revoke-token-form';

const TH = 'px-3 py-2 text-left font-medium whitespace-nowrap';
const TD = 'px-3 py-2 whitespace-nowrap';
const STATE_CLASS = { active: 'text-green-800', expired: 'text-amber-800', revoked: 'text-slate-500' } as const;
const when = (iso: string | null) => (iso ? formatTimestamp(iso).slice(0, 16) : '—');

/** Every token with its user, name, dates and state; live ones can be revoked. */
export function TokensTable({ tokens, now }: { tokens: ApiTokenInfo[]; now: Date }) {
  if (tokens.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-500">还没有访问令牌。</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">访问令牌列表</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className={TH}>编号</th>
            <th className={TH}>用户</th>
            <th className={TH}>名称</th>
            <th className={TH}>创建时间</th>
            <th className={TH}>最近使用</th>
            <th className={TH}>到期时间</th>
            <th className={TH}>状态</th>
            <th className={TH}>
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => {
            const state = tokenState(token, now);
            return (
              <tr key={token.id} className="hover:bg-slate-50">
                <td className={`${TD} tabular-nums`}>#{token.id}</td>
                <td className={TD}>
                  {token.userDisplayName} <span className="font-mono text-xs text-slate-500">{token.username}</span>
                </td>
                <td className={TD}>{token.name || <span className="text-slate-400">（未命名）</span>}</td>
                <td className={`${TD} tabular-nums`}>{when(token.createdAt)}</td>
                <td className={`${TD} tabular-nums`}>{when(token.lastUsedAt)}</td>
                <td className={`${TD} tabular-nums`}>{when(token.expiresAt)}</td>
                <td className={`${TD} ${STATE_CLASS[state]}`}>{tokenStateLabel(token, now)}</td>
                <td className={`${TD} text-right`}>{state === 'active' && <RevokeTokenForm tokenId={token.id} label={token.name || token.username} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
