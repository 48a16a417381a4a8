// Differential runs: the same command line through mk and the real kubectl against one
// cluster, with only what must differ normalised away (ages, times, the binary's name,
// random suffixes, IPs when asked).
import { execa } from 'execa';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KUBECTL, MK_BIN, type RunResult, type TestCluster } from '../helpers/cluster.js';

export const seedFixture = (f: string) => fileURLToPath(new URL(`../../fixtures/seeds/${f}`, import.meta.url));

export type Version = keyof typeof KUBECTL;

/** kubectl with its discovery cache in the cluster's directory (KUBECACHEDIR, so no flag precedes the command). */
export async function kubectl(cluster: TestCluster, version: Version, args: string[], input?: string, env: Record<string, string> = {}): Promise<RunResult> {
  const r = await execa(KUBECTL[version], args, {
    env: { ...cluster.env, KUBECACHEDIR: join(cluster.dir, `kcache-${version}`), ...env },
    reject: false,
    input,
    stripFinalNewline: false,
    timeout: 60_000,
  });
  return { stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.exitCode ?? -1 };
}

export async function mk(cluster: TestCluster, args: string[], input?: string, env: Record<string, string> = {}): Promise<RunResult> {
  const r = await execa(MK_BIN, args, { env: { ...cluster.env, ...env }, reject: false, input, stripFinalNewline: false, timeout: 60_000 });
  return { stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.exitCode ?? -1 };
}

/** Durations as kubectl prints them (5s, 3m2s, 4h, 10d) and the columns whose width follows them. */
const AGE = /\b\d+(?:s|m|h|d|y)(?:\d+(?:s|m|h))?\b/g;

export function normalise(s: string): string {
  return (
    s
      .replace(/"?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z"?/g, '<time>')
      .replace(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}\b/g, '<date>')
      .replace(AGE, '<age>')
      // an age one character wider shifts the columns after it: compare them by content
      .replace(/(AGE|Age|LAST SEEN|<age>\)?) +(?=\S)/g, '$1 ')
      // the binary's name where kubectl prints its own (cobra's command path, os.Args[0])
      .replace(/\/usr\/lib\/google-cloud-sdk\/bin\/kubectl\.1\.\d\d/g, 'kubectl')
      .replace(/kubectl\.1\.\d\d/g, 'kubectl')
      .replace(/'mk /g, "'kubectl ")
      .replace(/for "mk"/g, 'for "kubectl"')
  );
}

/** Pod names (rs hash + 5 random characters), uids, resourceVersions and pod IPs vary run to run. */
export function normaliseIdentity(s: string): string {
  return s
    .replace(/\b([a-z0-9-]+-[a-z0-9]{8,10})-[a-z0-9]{5}\b/g, '$1-<pod>')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uid>')
    .replace(/(resourceVersion"?: "?)\d+/g, '$1<rv>')
    .replace(/\b10\.244\.\d+\.\d+\b/g, '<pod-ip>')
    .replace(/\b10\.(?:9[6-9]|1[0-1]\d)\.\d+\.\d+\b/g, '<cluster-ip>');
}

export interface Scenario {
  /** the command line after `kubectl` */
  args: string[];
  /** run through mk before each side, so both see the same starting state */
  setup?: string[][];
  /** run through mk after each side */
  cleanup?: string[][];
  input?: string;
  /** extra environment for both sides (KUBE_EDITOR, ...) */
  env?: Record<string, string>;
  /** also normalise identities (pod names, uids, IPs): for commands that create objects */
  identity?: boolean;
}

export interface Comparison {
  mk: RunResult;
  kubectl: RunResult;
}

async function runAll(cluster: TestCluster, lines: string[][] | undefined): Promise<void> {
  for (const l of lines ?? []) await mk(cluster, l);
}

/** Runs a scenario with kubectl 1.33 and then with mk; returns both, normalised. */
export async function differential(cluster: TestCluster, s: Scenario): Promise<Comparison> {
  const norm = (r: RunResult): RunResult => {
    const f = (x: string) => (s.identity ? normaliseIdentity(normalise(x)) : normalise(x));
    return { stdout: f(r.stdout), stderr: f(r.stderr), exitCode: r.exitCode };
  };
  await runAll(cluster, s.setup);
  const k = await kubectl(cluster, '1.33', s.args, s.input, s.env);
  await runAll(cluster, s.cleanup);
  await runAll(cluster, s.setup);
  const m = await mk(cluster, s.args, s.input, s.env);
  await runAll(cluster, s.cleanup);
  return { kubectl: norm(k), mk: norm(m) };
}

/** `get pods` column values of a table, by header name. */
export function column(table: string, header: string): string[] {
  const lines = table.trimEnd().split('\n');
  const start = lines[0].indexOf(header);
  if (start < 0) return [];
  return lines.slice(1).map((l) => l.slice(start).split(/\s{2,}|\s$/)[0].trim());
}
