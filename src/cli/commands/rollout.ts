// mk rollout status|history|undo|pause|resume|restart deployment NAME
import type { Command } from 'commander';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { durationFlag } from '../go-duration.js';
import { resolveArgs, type TypedName } from '../objects.js';
import { kindGroup } from '../resource-mapper.js';
import { controlledReplicaSets, REVISION, revisionOf, templatesEqual, templateWithoutHash } from '../rollout/replicasets.js';
import { deploymentStatus } from '../rollout/status.js';
import { daemonSetHistoryText, daemonSetRevisions, daemonSetRollback, daemonSetStatus } from '../rollout/daemonset.js';
import { statefulSetStatus } from '../rollout/statefulset.js';
import { patchError, unsupportedRollback, visitFetchedFirst, visitInOrder } from '../rollout/visit.js';
import { tabwrite } from '../printers/tabwriter.js';
import { CHANGE_CAUSE } from '../record.js';
import { printPodTemplate } from '../describe/index.js';

/** Kinds whose history is ControllerRevisions (DaemonSet, StatefulSet). */
const revisionHistory = (resource: string): boolean => resource === 'daemonsets' || resource === 'statefulsets';

const SKIP_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration', REVISION, 'deployment.kubernetes.io/revision-history', 'deployment.kubernetes.io/desired-replicas', 'deployment.kubernetes.io/max-replicas', 'deprecated.deployment.rollback.to'];

/** TYPE NAME..., TYPE/NAME..., or a bare TYPE for every object of it in the namespace. */
async function targets(c: CliContext, args: string[], announceEmpty = false, anyKind = false): Promise<TypedName[]> {
  const ts = (await resolveArgs(c, args)).flat();
  if (!ts.length) throw new CliError('required resource not specified');
  const out: TypedName[] = [];
  for (const t of ts) {
    if (anyKind && t.name) {
      out.push(t);
      continue;
    }
    if (t.mapping.resource !== 'deployments' && !revisionHistory(t.mapping.resource)) throw new CliError(`no ${t.mapping.kind === 'Deployment' ? 'rollout' : 'status viewer'} has been implemented for "${t.mapping.kind}"`);
    if (t.name) {
      out.push(t);
      continue;
    }
    const list = await c.client.list(t.mapping, c.namespace);
    for (const item of list.items) out.push({ mapping: t.mapping, name: item.metadata.name });
  }
  if (!out.length && announceEmpty) c.io.err(`No resources found in ${c.namespace} namespace.\n`);
  return out;
}

export function registerRollout(program: Command, ctx: () => CliContext): void {
  const rollout = program.command('rollout').description('Manage the rollout of a resource');

  rollout
    .command('status')
    .description('Show the status of the rollout')
    .argument('<args...>')
    .option('-w, --watch', 'Watch the status of the rollout until it\'s done.', true)
    .option('--no-watch', 'Do not watch.')
    .option('--revision <n>', 'Pin to a specific revision for showing its status.')
    .option('--timeout <duration>', 'The length of time to wait before ending watch, zero means never.')
    .action(async (args: string[], o: { watch: boolean; revision?: string; timeout?: string }) => {
      const c = ctx();
      durationFlag(o.timeout, '--timeout', 'mk rollout status'); // pflag rejects a bad value before anything runs
      for (const t of await targets(c, args, true)) await statusOf(c, t, o);
    });
  async function statusOf(c: CliContext, t: TypedName, o: { watch: boolean; revision?: string; timeout?: string }): Promise<void> {
      const ns = c.namespace;
      const check = (d: KubeObject) => {
        const s = t.mapping.resource === 'statefulsets' ? statefulSetStatus(d) : t.mapping.resource === 'daemonsets' ? daemonSetStatus(d) : deploymentStatus(d, o.revision ? Number(o.revision) : undefined);
        if (s.error) throw new CliError(s.error);
        c.io.out(s.message);
        return s.done;
      };
      const list = await c.client.list(t.mapping, ns, { fieldSelector: `metadata.name=${t.name}` });
      if (!list.items.length) throw new CliError(`${t.mapping.resource}.apps "${t.name}" not found`);
      if (check(list.items[0]) || !o.watch) return;
      const timeoutMs = durationFlag(o.timeout, '--timeout', 'mk rollout status');
      await new Promise<void>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        const h = c.client.watch(t.mapping, ns, { fieldSelector: `metadata.name=${t.name}`, resourceVersion: list.metadata.resourceVersion }, (ev) => {
          try {
            if (ev.type === 'DELETED') throw new CliError('object has been deleted');
            if ((ev.type === 'ADDED' || ev.type === 'MODIFIED') && check(ev.object)) {
              clearTimeout(timer);
              h.stop();
              resolve();
            }
          } catch (e) {
            clearTimeout(timer);
            h.stop();
            reject(e);
          }
        });
        if (timeoutMs) timer = setTimeout(() => {
          h.stop();
          reject(new CliError('timed out waiting for the condition'));
        }, timeoutMs);
        h.done.then(() => reject(new CliError('watch closed before the rollout finished')), reject);
      });
  }

  rollout
    .command('history')
    .description('View rollout history')
    .argument('<args...>')
    .option('--revision <n>', 'See the details, including podTemplate of the revision specified')
    .action(async (args: string[], o: { revision?: string }) => {
      const c = ctx();
      await visitInOrder(c, await targets(c, args), async (t, d) => {
        const label = `${kindGroup(t.mapping)}/${t.name}`;
        if (revisionHistory(t.mapping.resource)) {
          const revision = Number(o.revision ?? 0);
          const text = daemonSetHistoryText(await daemonSetRevisions(c.client, d), revision);
          c.io.out(revision > 0 ? `${label} with revision #${revision}\n${text}\n` : `${label} \n${text}\n`);
          return;
        }
        const rses = await controlledReplicaSets(c.client, d);
        if (o.revision && o.revision !== '0') {
          const rs = rses.find((r) => revisionOf(r) === Number(o.revision));
          if (!rs) throw new CliError('unable to find the specified revision');
          c.io.out(`${label} with revision #${o.revision}\n${printPodTemplate(rs.spec.template)}\n`);
          return;
        }
        if (!rses.length) {
          c.io.out(`${label} \nNo rollout history found.\n`);
          return;
        }
        const rows = rses.map((rs) => ({ rev: revisionOf(rs), cause: rs.metadata.annotations?.[CHANGE_CAUSE] ?? '<none>' })).sort((a, b) => a.rev - b.rev);
        const table = tabwrite(['REVISION\tCHANGE-CAUSE\n', ...rows.map((r) => `${r.rev}\t${r.cause}\n`)].join(''), { minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ' });
        c.io.out(`${label} \n${table}\n`);
      });
    });

  rollout
    .command('undo')
    .description('Undo a previous rollout')
    .argument('<args...>')
    .option('--to-revision <n>', 'The revision to rollback to. Default to 0 (last revision).', '0')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .action(async (args: string[], o: { toRevision: string }) => {
      const c = ctx();
      // each resource in turn, its error (not found included) in its place
      await visitInOrder(c, await targets(c, args, false, true), async (t, d) => {
        if (revisionHistory(t.mapping.resource)) {
          const result = daemonSetRollback(d, await daemonSetRevisions(c.client, d), Number(o.toRevision));
          if ('patch' in result) await c.client.patch(t.mapping, c.namespace, t.name!, 'strategic', result.patch);
          c.io.out(`${kindGroup(t.mapping)}/${t.name} ${'patch' in result ? 'rolled back' : result.skipped}\n`);
          return;
        }
        if (t.mapping.resource !== 'deployments') throw unsupportedRollback(t);
        const rses = (await controlledReplicaSets(c.client, d)).sort((a, b) => revisionOf(a) - revisionOf(b));
        const want = Number(o.toRevision);
        let target: KubeObject | undefined;
        if (want === 0) {
          if (rses.length < 2) throw new CliError(`no rollout history found for deployment "${t.name}"`);
          target = rses[rses.length - 2];
        } else target = rses.find((r) => revisionOf(r) === want);
        if (!target) throw new CliError(`unable to find specified revision ${want} in history`);
        // kubectl finds the revision before it looks at spec.paused
        if (d.spec?.paused) throw new CliError(`you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again`);
        if (templatesEqual(target.spec.template, d.spec.template)) {
          c.io.out(`${kindGroup(t.mapping)}/${t.name} skipped rollback (current template already matches revision ${revisionOf(target)})\n`);
          return;
        }
        const annotations: Record<string, string> = {};
        for (const k of SKIP_ANNOTATIONS) if (d.metadata.annotations?.[k] !== undefined) annotations[k] = d.metadata.annotations[k];
        for (const [k, v] of Object.entries(target.metadata.annotations ?? {})) if (!SKIP_ANNOTATIONS.includes(k)) annotations[k] = v as string;
        await c.client.patch(t.mapping, c.namespace, t.name!, 'json', [
          { op: 'replace', path: '/spec/template', value: templateWithoutHash(target.spec.template) },
          { op: 'replace', path: '/metadata/annotations', value: annotations },
        ]);
        c.io.out(`${kindGroup(t.mapping)}/${t.name} rolled back\n`);
      });
    });

  const toggle = (verb: 'pause' | 'resume', paused: boolean) =>
    rollout
      .command(verb)
      .description(verb === 'pause' ? 'Mark the provided resource as paused' : 'Resume a paused resource')
      .argument('<args...>')
      .action(async (args: string[]) => {
        const c = ctx();
        await visitFetchedFirst(c, await targets(c, args, false, true), async (t, d) => {
          if (t.mapping.resource !== 'deployments') throw patchError(t, `${verb === 'pause' ? 'pausing' : 'resuming'} is not supported`);
          if (!!d.spec?.paused === paused) throw patchError(t, paused ? 'is already paused' : 'is not paused');
          await c.client.patch(t.mapping, c.namespace, t.name!, 'strategic', { spec: { paused: paused ? true : null } }, { fieldManager: 'kubectl-rollout' });
          c.io.out(`${kindGroup(t.mapping)}/${t.name} ${verb === 'pause' ? 'paused' : 'resumed'}\n`);
        });
      });
  toggle('pause', true);
  toggle('resume', false);

  rollout
    .command('restart')
    .description('Restart a resource')
    .argument('<args...>')
    .action(async (args: string[]) => {
      const c = ctx();
      await visitFetchedFirst(c, await targets(c, args, false, true), async (t, d) => {
        if (t.mapping.resource !== 'deployments' && !revisionHistory(t.mapping.resource)) throw patchError(t, 'restarting is not supported');
        if (d.spec?.paused) throw patchError(t, `can't restart paused deployment (run rollout resume first)`);
        const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        await c.client.patch(t.mapping, c.namespace, t.name!, 'strategic', { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } } }, { fieldManager: 'kubectl-rollout' });
        c.io.out(`${kindGroup(t.mapping)}/${t.name} restarted\n`);
      });
    });
}
