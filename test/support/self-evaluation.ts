/** 2022年业务用房物业管理费 (116.96万元) with December entered as the 自评 tests and the e2e spec expect. */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { projects } from '@/db/schema';
import { saveEntry } from '@/server/entries/save-entry';
import { saveExecution } from '@/server/executions/save-execution';
import { actorOf, indicatorOf } from './demo-db';

export const PROPERTY_PROJECT = '2022年业务用房物业管理费';

const late = { reasons: ['其他'], explanation: '年底集中整改', possibility: '有可能' };

/** 消防安全检查 12 of 12, 主电路 and 安全保障 达成, 行政运转 部分达成, 绿化保洁 98%; 执行数 100 of 116.96. */
export function enterPropertyYear(db: Db): number {
  const owner = actorOf(db, 'owner');
  const id = (name: string) => indicatorOf(db, PROPERTY_PROJECT, name).id;
  saveEntry(db, owner, id('消防安全检查次数'), '2022-12', { value: 12 });
  saveEntry(db, owner, id('主电路设备检查'), '2022-12', { status: '达成' });
  saveEntry(db, owner, id('安全保障'), '2022-12', { status: '达成' });
  saveEntry(db, owner, id('行政运转'), '2022-12', { status: '部分达成', ...late });
  saveEntry(db, owner, id('绿化保洁工作质量达标率'), '2022-12', { value: 98, ...late });
  const project = db.select().from(projects).where(eq(projects.name, PROPERTY_PROJECT)).get()!;
  saveExecution(db, owner, project.id, '2022-12', { amount: 100 });
  return project.id;
}
