// Containers of a daemon that died without stopping them: their pid files remain under
// $MK_HOME/pods/<uid>/<container>.pid; kill those groups (only if the pid is still that process).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { processStartTime } from './process-tree.js';

export function killStaleContainers(podsDir: string): number {
  if (!existsSync(podsDir)) return 0;
  let killed = 0;
  for (const uid of readdirSync(podsDir)) {
    let files: string[];
    try {
      files = readdirSync(join(podsDir, uid));
    } catch {
      continue;
    }
    for (const f of files.filter((x) => x.endsWith('.pid'))) {
      const file = join(podsDir, uid, f);
      try {
        const [pidText, start] = readFileSync(file, 'utf8').trim().split(/\s+/);
        const pid = Number(pidText);
        if (pid > 1 && start && processStartTime(pid) === start) {
          try {
            process.kill(-pid, 'SIGKILL');
          } catch {
            process.kill(pid, 'SIGKILL');
          }
          killed++;
        }
      } catch {
        // already gone
      }
      rmSync(file, { force: true });
    }
  }
  return killed;
}

/** Pod directories of pods this node no longer has. */
export function removeOrphanPodDirs(podsDir: string, keepUids: Set<string>): void {
  if (!existsSync(podsDir)) return;
  for (const uid of readdirSync(podsDir)) {
    if (!keepUids.has(uid)) rmSync(join(podsDir, uid), { recursive: true, force: true });
  }
}
