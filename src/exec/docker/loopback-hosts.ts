/**
 * A task with `network: none` gets its container made with Docker's networking off
 * (`NetworkDisabled`) rather than on Docker's `none` network. The runtime still gives it a network
 * namespace of its own, with only a loopback interface, as `none` does. What goes is the daemon's
 * network sandbox for it: a prestart hook and a namespace set-up that re-execute `dockerd` on each
 * start, CPU the daemon spends while the other tasks start and stop (8 containers created, started,
 * waited for and removed at once: about 1.1 s with `none`, 0.65 s without, on this project's 2-CPU
 * test machine).
 *
 * Without the sandbox Docker writes no `/etc/hosts`, so `localhost` would not resolve. The run
 * writes this file once, in its run directory (which the daemon is checked to see), and each such
 * container gets it read-only at `/etc/hosts`: the loopback names of Docker's own file.
 */
import fs from 'node:fs/promises';

export const LOOPBACK_HOSTS = [
  '127.0.0.1\tlocalhost',
  '::1\tlocalhost ip6-localhost ip6-loopback',
  'fe00::0\tip6-localnet',
  'ff00::0\tip6-mcastprefix',
  'ff02::1\tip6-allnodes',
  'ff02::2\tip6-allrouters',
  '',
].join('\n');

/** Writes {@link LOOPBACK_HOSTS} to `file`, readable by any container user. */
export async function writeLoopbackHosts(file: string): Promise<void> {
  await fs.writeFile(file, LOOPBACK_HOSTS, { mode: 0o644 });
  // The umask may have taken bits off.
  await fs.chmod(file, 0o644);
}
