import { DEMO_PASSWORD } from '../demo/demo-mode';
import type { Seeded } from './prepare-database';

const RULE = '='.repeat(64);

/** What `npm start` prints about the database; the one-time administrator password appears here, and only here. */
export function seedingMessage(seeded: Seeded, file: string): string {
  if (seeded.kind === 'none') return `使用已有数据库：${file}`;
  if (seeded.kind === 'demo') {
    return `已创建数据库并载入示例数据：${file}\n示例环境：示例账户的密码均为 ${DEMO_PASSWORD}。正式使用前，请系统管理员在“设置”页关闭示例环境。`;
  }
  return [
    `已创建数据库（未载入示例数据）：${file}`,
    RULE,
    '  系统管理员用户名：admin',
    `  一次性初始密码：  ${seeded.password}`,
    '  此密码只显示这一次；首次登录后必须修改。',
    '  如遗失，可在服务器上执行 npm run -s user -- reset-password admin 生成新的一次性密码。',
    RULE,
  ].join('\n');
}
