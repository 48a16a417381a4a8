// PodDisruptionBudgets end to end on a two-node cluster: the disruption controller's status,
// evictions refused by the budget (kubectl drain retrying every 5s until --timeout), a drain the
// budget paces one pod at a time, and mk's printing compared with kubectl 1.33 and 1.27.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, waitFor, type RunResult } from '../helpers/cluster.js';
import { kubectl, mk, normalise, normaliseIdentity } from '../seeds/differential.js';

const c = new TestCluster();

const jsonpath = async (args: string[], path: string) => (await c.mk([...args, '-o', `jsonpath=${path}`])).stdout;
const pdbStatus = async () => JSON.parse((await c.mk(['get', 'pdb', 'web-pdb', '-o', 'json'])).stdout || '{}');

/** Pod names, ages and times vary; goroutines finish in any order, so compare sorted lines. */
const sortedLines = (s: string) => normaliseIdentity(normalise(s)).split('\n').sort().join('\n');
const unordered = (r: RunResult) => ({ stdout: sortedLines(r.stdout), stderr: sortedLines(r.stderr), exitCode: r.exitCode });
const same = (r: RunResult) => ({ stdout: normalise(r.stdout).replace(/'mk /g, "'kubectl "), stderr: normalise(r.stderr).replace(/'mk /g, "'kubectl "), exitCode: r.exitCode });

const BAD_PDB = JSON.stringify({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'bad' }, spec: { minAvailable: 1, maxUnavailable: '150%', selector: { matchLabels: { app: 'web' } } } });

let node = '';

beforeAll(async () => {
  await c.start(['--nodes', '2']);
  expect((await c.mk(['create', 'deployment', 'web', '--image=nginx', '--replicas=3'])).exitCode).toBe(0);
  expect((await c.mk(['create', 'pdb', 'web-pdb', '--selector=app=web', '--min-available=3'])).stdout).toBe('poddisruptionbudget.policy/web-pdb created\n');
}, 90_000);

afterAll(async () => {
  await c.destroy();
}, 60_000);

describe('PodDisruptionBudget', () => {
  it('gets its status from the disruption controller', async () => {
    await waitFor(async () => {
      const st = (await pdbStatus()).status ?? {};
      return st.currentHealthy === 3 && st.expectedPods === 3 && st.observedGeneration === 1;
    }, 'web-pdb to see three healthy pods', 45_000);
    const st = (await pdbStatus()).status;
    expect(st).toMatchObject({ desiredHealthy: 3, disruptionsAllowed: 0, conditions: [{ type: 'DisruptionAllowed', status: 'False', reason: 'InsufficientPods', message: '' }] });
    const table = await c.mk(['get', 'pdb']);
    expect(table.stdout).toMatch(/^NAME\s+MIN AVAILABLE\s+MAX UNAVAILABLE\s+ALLOWED DISRUPTIONS\s+AGE\nweb-pdb\s+3\s+N\/A\s+0\s+\d+s\n$/);
  }, 60_000);

  it('prints, describes, generates and refuses like kubectl 1.33 and 1.27', async () => {
    const lines: string[][] = [
      ['get', 'pdb'],
      ['get', 'pdb', 'web-pdb', '-o', 'wide'],
      ['get', 'poddisruptionbudgets.policy', '-o', 'yaml'],
      ['describe', 'pdb', 'web-pdb'],
      ['create', 'pdb', 'x', '--selector=app=web,tier in (a,b)', '--min-available=50%', '--dry-run=client', '-o', 'yaml'],
      ['create', 'poddisruptionbudget', 'x', '--selector=app=web', '--max-unavailable=1', '-n', 'other', '--dry-run=client', '-o', 'yaml'],
      ['create', 'pdb', 'x', '--selector=app=web'],
      ['create', 'pdb', 'x', '--selector=app=web', '--max-unavailable=10%', '--save-config', '--dry-run=client', '-o', 'yaml'],
      ['create', 'pdb', 'x', '--selector=app=web', '--min-available=1', '--save-config', '--dry-run=server', '-o', 'jsonpath={.metadata.annotations}'],
      ['create', 'pdb', 'x', '--selector=app=web', '--min-available=1', '--max-unavailable=1'],
      ['create', 'pdb', 'x', '--selector=app=web', '--min-available=1Pa'],
      ['create', 'pdb', 'x', '--selector=app!=web', '--min-available=1'],
      ['create', 'pdb', 'web-pdb', '--selector=app=web', '--min-available=1'],
    ];
    for (const args of lines) {
      const mine = same(await mk(c, args));
      expect(mine, args.join(' ')).toEqual(same(await kubectl(c, '1.33', args)));
      if (args[0] !== 'create') expect(mine, `1.27: ${args.join(' ')}`).toEqual(same(await kubectl(c, '1.27', args)));
    }
    const bad = ['create', '-f', '-'];
    expect(same(await mk(c, bad, BAD_PDB))).toEqual(same(await kubectl(c, '1.33', bad, BAD_PDB)));
    const badOut = await mk(c, bad, BAD_PDB);
    expect(badOut.stderr).toContain('minAvailable and maxUnavailable cannot be both set');
    expect(badOut.stderr).toContain('spec.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%');
  }, 60_000);

  it('makes drain retry refused evictions every 5s until its timeout, as kubectl 1.33 does', async () => {
    node = (await jsonpath(['get', 'pods', '-l', 'app=web'], '{.items[0].spec.nodeName}')).trim();
    const podsThere = (await jsonpath(['get', 'pods', '-l', 'app=web', '--field-selector', `spec.nodeName=${node}`], '{.items[*].metadata.name}')).trim().split(' ');
    const args = ['drain', node, '--timeout=8s'];
    const theirs = await kubectl(c, '1.33', args);
    expect((await c.mk(['uncordon', node])).exitCode).toBe(0);
    const mine = await mk(c, args);
    expect(mine.exitCode).toBe(1);
    for (const p of podsThere)
      expect(mine.stderr).toContain(`error when evicting pods/"${p}" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\n`);
    expect(mine.stderr).toContain(`error when evicting pods/"${podsThere[0]}" -n "default": global timeout reached: 8s`);
    expect(unordered(mine)).toEqual(unordered(theirs));
    expect((await c.mk(['uncordon', node])).exitCode).toBe(0);
    expect((await jsonpath(['get', 'pods', '-l', 'app=web'], '{.items[*].metadata.deletionTimestamp}')).trim()).toBe('');
  }, 60_000);

  it('lets drain evict one pod at a time once the budget allows a disruption', async () => {
    expect((await c.mk(['patch', 'pdb', 'web-pdb', '--type=merge', '-p', '{"spec":{"minAvailable":2}}'])).exitCode).toBe(0);
    await waitFor(async () => {
      const st = (await pdbStatus()).status ?? {};
      return st.observedGeneration === 2 && st.disruptionsAllowed === 1;
    }, 'web-pdb to allow one disruption', 30_000);
    const r = await c.mk(['drain', node, '--timeout=50s']);
    expect(r.stderr).not.toContain('global timeout');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`node/${node} drained\n`);
    await waitFor(async () => {
      const out = await jsonpath(['get', 'pods', '-l', 'app=web'], '{range .items[*]}{.spec.nodeName}{" "}{.status.phase}{"\\n"}{end}');
      const rows = out.trim().split('\n');
      return rows.length === 3 && rows.every((l) => !l.startsWith(`${node} `) && l.endsWith('Running'));
    }, 'all web pods running on the other node', 30_000);
    expect((await c.mk(['uncordon', node])).exitCode).toBe(0);
  }, 90_000);
});
