import { cache } from 'react';
import type { Db } from '@/db';
import { readSetting } from '@/db/queries/app-settings';
import { DEFAULT_MONITORING_SETTINGS, parseMonitoringSettings, type MonitoringSettings } from '@/lib/monitoring';

/**
 * The configured thresholds and categories, the defaults of DOMAIN.md where nothing is set. Read once per render (React
 * `cache`: the layout's count of pending target changes and the page share it); elsewhere — actions, the API, the
 * command line — every call reads.
 */
export const loadMonitoringSettings = cache(function loadMonitoringSettings(db: Db): MonitoringSettings {
  const stored = readSetting<unknown>(db, 'monitoring');
  if (stored === undefined) return DEFAULT_MONITORING_SETTINGS;
  const parsed = parseMonitoringSettings(stored);
  return parsed.ok ? parsed.settings : DEFAULT_MONITORING_SETTINGS;
});
