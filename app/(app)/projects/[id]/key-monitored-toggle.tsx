import { setKeyMonitoredAction } from './actions';

/** The admin's switch for 重点监控; others see the flag only. */
export function KeyMonitoredToggle({ projectId, keyMonitored, canChange }: { projectId: number; keyMonitored: boolean; canChange: boolean }) {
  if (!canChange) return keyMonitored ? <span className="rounded bg-orange-100 px-1.5 py-0.5 text-xs text-orange-800">重点监控</span> : null;
  return (
    <form action={setKeyMonitoredAction} className="no-print">
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="keyMonitored" value={String(!keyMonitored)} />
      <button type="submit" className="rounded border border-orange-300 px-2 py-0.5 text-xs text-orange-800 hover:bg-orange-50">
        {keyMonitored ? '★ 重点监控（点击取消）' : '☆ 设为重点监控'}
      </button>
    </form>
  );
}
