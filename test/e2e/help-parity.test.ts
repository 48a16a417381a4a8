// `mk X --help` against `kubectl.1.33 X --help`: the same page once "kubectl" is spelt "mk"
// and kubectl's flags and subcommands that mk does not define are left out. No cluster is needed.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { KUBECTL, TestCluster } from '../helpers/cluster.js';

const COMMANDS = [
  'get', 'describe', 'create deployment', 'expose', 'scale', 'set image', 'rollout status', 'rollout history', 'rollout undo',
  'apply', 'delete', 'logs', 'exec', 'attach', 'run', 'edit', 'label', 'annotate', 'patch', 'replace', 'wait', 'events', 'explain',
  'top', 'cp', 'config get-contexts', 'port-forward', 'proxy',
  'create job', 'create cronjob', 'create ingress', 'create poddisruptionbudget', 'create pdb', 'autoscale',
];

/** Pages mk prints whole: every flag kubectl lists is one mk accepts (autoscale lacks only -k). */
const WHOLE_PAGES: [string, string[]][] = [
  ['create deployment', []], ['create job', []], ['create cronjob', []], ['create ingress', []], ['create poddisruptionbudget', []], ['create namespace', []], ['autoscale', ['kustomize']],
];

const env = new TestCluster(); // only for its private HOME, MK_HOME and KUBECONFIG
afterAll(() => env.destroy());

/** "kubectl" as the command's name, not inside kubectl.kubernetes.io or kubectl-client-side-apply. */
const asMk = (s: string) => s.replace(/\bkubectl\b(?![.\-/])/g, 'mk');

/** The flag names an Options section lists, from lines like "    -f, --filename=[]:". */
function listedFlags(page: string): string[] {
  return [...page.matchAll(/^ {4}(?:-\w, )?--([\w-]+)=.*:$/gm)].map((m) => m[1]);
}

/** Drops the flag entries (header, usage line, blank line) whose names are not in keep. */
function onlyFlags(page: string, keep: Set<string>): string {
  const lines = page.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {4}(?:-\w, )?--([\w-]+)=.*:$/.exec(lines[i]);
    if (m && !keep.has(m[1])) {
      i += lines[i + 2] === '' ? 2 : 1;
      continue;
    }
    out.push(lines[i]);
  }
  // a dropped last flag leaves the section's blank line before "Usage:" doubled
  return out.join('\n').replace(/\n\n\n+Usage:/, '\n\nUsage:').replace(/Options:\n\nUsage:/, 'Usage:');
}

/** The subcommand names an "Available Commands:" section lists. */
function listedSubcommands(page: string): string[] {
  const section = /^Available Commands:\n((?: {2}\S.*\n)+)/m.exec(page);
  return section ? section[1].split('\n').filter(Boolean).map((l) => l.trim().split(/\s+/)[0]) : [];
}

/** Drops the subcommands mk lacks; with none left, the section and its "--help" tip go too. */
function onlySubcommands(page: string, keep: Set<string>): string {
  const section = /^Available Commands:\n((?: {2}\S.*\n)+)\n/m.exec(page);
  if (!section) return page;
  const rows = section[1].split('\n').filter((l) => l && keep.has(l.trim().split(/\s+/)[0]));
  if (rows.length) return page.replace(section[0], `Available Commands:\n${rows.join('\n')}\n\n`);
  return page.replace(section[0], '').replace(/^Use ".* <command> --help" for more information about a given command\.\n/m, '');
}

describe.skipIf(!existsSync(KUBECTL['1.33']))('help pages match kubectl 1.33', () => {
  it.each(COMMANDS)('mk %s --help', async (command) => {
    const args = [...command.split(' '), '--help'];
    const [kubectl, mk] = await Promise.all([env.kubectl('1.33', args), env.mk(args)]);
    expect(kubectl.exitCode).toBe(0);
    expect(mk.exitCode).toBe(0);
    expect(mk.stderr).toBe('');
    const mkFlags = listedFlags(mk.stdout);
    // every flag mk lists is one of kubectl's, and the rest of the page is kubectl's, byte for byte
    expect(mkFlags.filter((f) => !listedFlags(kubectl.stdout).includes(f))).toEqual([]);
    const mkSubcommands = listedSubcommands(mk.stdout);
    expect(mkSubcommands.filter((c) => !listedSubcommands(kubectl.stdout).includes(c))).toEqual([]);
    expect(mk.stdout).toBe(onlySubcommands(onlyFlags(asMk(kubectl.stdout), new Set(mkFlags)), new Set(mkSubcommands)));
  });

  it.each(WHOLE_PAGES)('mk %s --help lists all of kubectl\'s flags', async (command, missing) => {
    const args = [...command.split(' '), '--help'];
    const [kubectl, mk] = await Promise.all([env.kubectl('1.33', args), env.mk(args)]);
    const kubectlFlags = listedFlags(kubectl.stdout);
    expect(mk.stdout).toBe(onlyFlags(asMk(kubectl.stdout), new Set(kubectlFlags.filter((f) => !missing.includes(f)))));
  });

  it('-h and `mk help X` print the new commands\' pages too', async () => {
    const long = await env.mk(['create', 'job', '--help']);
    expect(long.stdout).toContain('Examples:\n  # Create a job\n');
    expect((await env.mk(['create', 'job', '-h'])).stdout).toBe(long.stdout);
    expect((await env.mk(['help', 'create', 'job'])).stdout).toBe(long.stdout);
    expect((await env.mk(['help', 'autoscale'])).stdout).toBe((await env.mk(['autoscale', '-h'])).stdout);
  });

  it('-h and `mk help X` print the --help page', async () => {
    const long = await env.mk(['rollout', 'undo', '--help']);
    expect(long.stdout).toContain('Usage:\n  mk rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]\n');
    expect((await env.mk(['rollout', 'undo', '-h'])).stdout).toBe(long.stdout);
    expect((await env.mk(['help', 'rollout', 'undo'])).stdout).toBe(long.stdout);
  });

  it('a group lists its subcommands and points at their help', async () => {
    const mk = await env.mk(['rollout', '--help']);
    const kubectl = await env.kubectl('1.33', ['rollout', '--help']);
    // mk has every rollout subcommand kubectl has, so the page is kubectl's
    expect(mk.stdout).toBe(asMk(kubectl.stdout));
    expect(mk.stdout).toContain('Use "mk rollout <command> --help" for more information about a given command.\n');
  });

  it('a group named alone prints its page on stdout and fails, as kubectl does', async () => {
    const [mk, kubectl] = await Promise.all([env.mk(['rollout']), env.kubectl('1.33', ['rollout'])]);
    expect(mk.stdout).toBe(asMk(kubectl.stdout));
    expect(mk.exitCode).toBe(kubectl.exitCode);
  });

  it('mk options lists the global flags mk accepts, in kubectl options form', async () => {
    const [mk, kubectl] = await Promise.all([env.mk(['options']), env.kubectl('1.33', ['options'])]);
    const mkFlags = listedFlags(mk.stdout);
    expect(mkFlags).toEqual(expect.arrayContaining(['kubeconfig', 'context', 'namespace', 'server', 'token']));
    // kubectl's list ends with a blank line after its last flag; keep that when cutting it
    expect(mk.stdout).toBe(onlyFlags(kubectl.stdout, new Set(mkFlags)));
  });
});
