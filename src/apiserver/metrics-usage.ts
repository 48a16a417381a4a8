// What metrics-server would read from cAdvisor, measured from /proc: per container, CPU as the
// rate of utime+stime over a short window (nanocores) and memory as the working set (≈ RSS)
// of the container's process tree. Containers are found by the kubelet's pid files,
// $MK_HOME/pods/<uid>/<container>.pid ("<pid> <starttime>").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { descendants, processStartTime, treeRssBytes } from '../kubelet/process-tree.js';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on every Linux the kubelet runs on
/** Shorter windows than this are too noisy: wait and measure again. */
const MIN_WINDOW_MS = 200;

export interface ContainerUsage {
  name: string;
  /** CPU in nanocores (1e9 = one core) */
  cpu: number;
  /** working set in bytes */
  memory: number;
}

interface TickSample {
  start: string;
  ticks: number;
}

/** utime + stime of one process, in clock ticks, with its start time (pids get reused). */
function processTicks(pid: number): TickSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { start: f[19], ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return undefined;
  }
}

/** The live root pid of each container of a pod, from its pid files. */
export function containerPids(podsDir: string, uid: string): Map<string, number> {
  const out = new Map<string, number>();
  const dir = join(podsDir, uid);
  if (!existsSync(dir)) return out;
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.pid'));
  } catch {
    return out;
  }
  for (const f of files) {
    try {
      const [pidText, start] = readFileSync(join(dir, f), 'utf8').trim().split(/\s+/);
      const pid = Number(pidText);
      if (pid > 1 && (!start || processStartTime(pid) === start)) out.set(f.slice(0, -'.pid'.length), pid);
    } catch {
      // the container stopped meanwhile
    }
  }
  return out;
}

export class UsageSampler {
  private last = new Map<number, TickSample>();
  private lastAt = 0;

  /** Ticks of every process in the trees rooted at `roots`, remembered for the next call. */
  private snapshot(roots: number[]): { at: number; ticks: Map<number, TickSample> } {
    const ticks = new Map<number, TickSample>();
    for (const root of roots) {
      for (const pid of [root, ...descendants(root)]) {
        const t = processTicks(pid);
        if (t) ticks.set(pid, t);
      }
    }
    return { at: Date.now(), ticks };
  }

  /**
   * CPU and memory of each process tree in `roots` (keyed by root pid), and the window the
   * CPU rate was measured over. Uses the previous call's sample when it is recent enough.
   */
  async measure(roots: number[]): Promise<{ windowMs: number; usage: Map<number, { cpu: number; memory: number }> }> {
    let before = { at: this.lastAt, ticks: this.last };
    let now = this.snapshot(roots);
    const covered = roots.every((r) => before.ticks.has(r));
    if (!covered || now.at - before.at < MIN_WINDOW_MS || now.at - before.at > 60_000) {
      before = now;
      await new Promise((r) => setTimeout(r, MIN_WINDOW_MS));
      now = this.snapshot(roots);
    }
    const windowMs = Math.max(1, now.at - before.at);
    const usage = new Map<number, { cpu: number; memory: number }>();
    for (const root of roots) {
      let delta = 0;
      for (const pid of [root, ...descendants(root)]) {
        const a = before.ticks.get(pid);
        const b = now.ticks.get(pid);
        if (a && b && a.start === b.start) delta += Math.max(0, b.ticks - a.ticks);
      }
      const cpu = Math.round(((delta / CLOCK_TICKS_PER_SECOND) * 1e9 * 1000) / windowMs);
      usage.set(root, { cpu, memory: treeRssBytes(root) });
    }
    this.last = now.ticks;
    this.lastAt = now.at;
    return { windowMs, usage };
  }
}
