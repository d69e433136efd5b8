import type { Db } from '@/db';
import { readSetting } from '@/db/queries/app-settings';
import { DEFAULT_MONITORING_SETTINGS, parseMonitoringSettings, type MonitoringSettings } from '@/lib/monitoring';

/** The configured thresholds and categories, the defaults of DOMAIN.md where nothing is set. */
export function loadMonitoringSettings(db: Db): MonitoringSettings {
  const stored = readSetting<unknown>(db, 'monitoring');
  if (stored === undefined) return DEFAULT_MONITORING_SETTINGS;
  const parsed = parseMonitoringSettings(stored);
  return parsed.ok ? parsed.settings : DEFAULT_MONITORING_SETTINGS;
}
