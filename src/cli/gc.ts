/**
 * `agent-fanout gc [--dry-run] [--state-dir DIR] [--run ID]`: removes containers and worktrees left by
 * runs whose process is gone; with `--run`, only what that run left.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultStateDir } from '../core/config.js';
import type { Logger } from '../core/logger.js';

export async function gcCommand(args: string[], logger: Logger): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'dry-run': { type: 'boolean' }, 'state-dir': { type: 'string' }, run: { type: 'string' }, verbose: { type: 'boolean' } },
    strict: true,
  });
  const stateDir = values['state-dir'] ? path.resolve(values['state-dir']) : defaultStateDir();
  const dryRun = values['dry-run'] ?? false;
  const { collectGarbage } = await import('../run/cleanup.js');
  const report = await collectGarbage(stateDir, { logger, dryRun, runId: values.run });
  const verb = dryRun ? 'would remove' : 'removed';
  logger.info(`${verb} ${report.containers.length} container(s), ${report.worktrees.length} worktree(s), ${report.networks.length} network(s)`);
  for (const c of report.containers) logger.info(`  container ${c}`);
  for (const n of report.networks) logger.info(`  network ${n}`);
  for (const w of report.worktrees) logger.info(`  worktree ${w}`);
  if (report.mounts?.length) logger.info(`${dryRun ? 'would unmount' : 'unmounted'} ${report.mounts.length} mount(s) of task checkouts: ${report.mounts.join(', ')}`);
  if (report.processes?.length) logger.info(`${dryRun ? 'would kill' : 'killed'} ${report.processes.length} agent process(es) left on this host: ${report.processes.join(', ')}`);
  for (const r of report.skippedLive) logger.info(`  left alone: run ${r} is still running`);
  for (const e of report.errors) logger.error(e);
  return report.errors.length ? 1 : 0;
}
