import { warmImportWorker } from '@/server/import/parse-in-worker';
import { MAX_TABLE_BYTES, TOO_LARGE } from '@/server/import/upload-limits';
import { deniedPage } from '../access-denied';
import { requirePageActor } from '../page-actor';
import { ImportWizard } from './import-wizard';

export default async function ImportPage() {
  const actor = await requirePageActor();
  if (actor.role !== 'admin') return deniedPage(actor, '/import', '只有系统管理员可以导入项目支出绩效目标表。');
  void warmImportWorker();
  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-xl font-semibold">导入绩效目标表</h1>
        <p className="text-sm text-slate-500">
          上传或粘贴部门的项目支出绩效目标表，核对并修正识别结果后确认导入。同一部门、同一年度重新导入时，按名称更新项目和指标，已有的填报记录全部保留。
        </p>
      </header>
      <ImportWizard maxBytes={MAX_TABLE_BYTES} tooLarge={TOO_LARGE} />
    </div>
  );
}
