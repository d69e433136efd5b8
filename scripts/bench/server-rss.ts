/** The peak resident memory (VmHWM) of a process group, from /proc: the largest of its processes, in MB. */
import fs from 'node:fs';

export function peakRssMb(groupId: number): number | null {
  let peak: number | null = null;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue; // pgrp
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak ?? 0, Math.round(Number(hwm[1]) / 1024));
    } catch {
      // the process ended meanwhile
    }
  }
  return peak;
}
