/**
 * Preloaded into the orchestrator child (`node --import probe.js cli.js run …`): at exit it writes the
 * process's own resource usage to `$BENCH_USAGE_FILE`. `maxRSS` is the kernel's high-water mark of
 * the whole process life, so no sampling interval can miss a peak.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** What the probe writes. */
export interface ProbeUsage {
  maxRssBytes: number;
  /** CPU seconds of the orchestrator process itself (user + system). */
  cpuSeconds: number;
  /** CPU seconds of its children that it waited for (git, mostly). */
  childCpuSeconds: number;
}

/** Linux reports child times in clock ticks of USER_HZ, which is 100 on every Linux ABI. */
const USER_HZ = 100;

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // Fields after the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const probe: ProbeUsage = {
      maxRssBytes: usage.maxRSS * 1024,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      childCpuSeconds: (Number(fields[13]) + Number(fields[14])) / USER_HZ,
    };
    writeFileSync(file, JSON.stringify(probe));
  });
}
