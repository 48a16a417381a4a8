// mk describe TYPE [NAME...] | TYPE/NAME | -l selector: fetches what each describer needs.
import { Option, type Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, ExitError, errorText } from '../errors.js';
import { resolveArgs } from '../objects.js';
import { describe, describableKinds, type DescribeRelated } from '../describe/index.js';
import { controlledReplicaSets, templatesEqual } from '../rollout/replicasets.js';
import { selectorString } from '../rollout/replicasets.js';

async function eventsFor(c: CliContext, obj: KubeObject): Promise<KubeObject[]> {
  const md = obj.metadata;
  const fs = [`involvedObject.name=${md.name}`, md.namespace ? `involvedObject.namespace=${md.namespace}` : '', obj.kind !== 'Pod' ? `involvedObject.kind=${obj.kind}` : '', `involvedObject.uid=${md.uid}`].filter(Boolean).join(',');
  const list = await c.client.list(R.events, md.namespace, { fieldSelector: fs });
  return list.items;
}

async function related(c: CliContext, obj: KubeObject, showEvents: boolean): Promise<DescribeRelated> {
  const out: DescribeRelated = showEvents ? { events: await eventsFor(c, obj) } : {};
  const ns = obj.metadata.namespace;
  switch (obj.kind) {
    case 'Deployment': {
      // kubectl sorts by creation time (ties by name) before picking the new and old sets
      const byAge = (a: KubeObject, b: KubeObject) => String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)) || a.metadata.name!.localeCompare(b.metadata.name!);
      const rses = (await controlledReplicaSets(c.client, obj)).sort(byAge);
      out.newRS = rses.find((rs) => templatesEqual(rs.spec.template, obj.spec.template)) ?? null;
      out.oldRSes = rses.filter((rs) => rs !== out.newRS);
      break;
    }
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicaSet':
      out.pods = (await c.client.list(R.pods, ns, { labelSelector: selectorString(obj.spec?.selector) })).items.filter((p) => p.metadata.ownerReferences?.some((o) => o.uid === obj.metadata.uid));
      break;
    case 'Service':
      out.endpointSlices = (await c.client.list(R.endpointslices, ns, { labelSelector: `kubernetes.io/service-name=${obj.metadata.name}` })).items;
      break;
    case 'Ingress':
      // backends show their ready endpoints (describeBackendV1)
      out.services = (await c.client.list(R.services, ns)).items;
      out.endpointSlices = (await c.client.list(R.endpointslices, ns)).items;
      break;
    case 'PersistentVolumeClaim':
      // "Used By": the namespace's pods that mount or own the claim (getPodsForPVC)
      out.pods = (await c.client.list(R.pods, ns)).items;
      break;
    case 'Namespace':
      // no quotas or limit ranges are served: kubectl then prints that there are none
      out.resourceQuotas = [];
      out.limitRanges = [];
      break;
    case 'Node':
      try {
        out.lease = await c.client.get(R.leases, 'kube-node-lease', obj.metadata.name!);
      } catch (e) {
        out.leaseError = (e as Error).message;
      }
      out.pods = (await c.client.list(R.pods, undefined, { fieldSelector: `spec.nodeName=${obj.metadata.name}` })).items.filter((p) => !['Succeeded', 'Failed'].includes(p.status?.phase));
      break;
  }
  return out;
}

export function registerDescribe(program: Command, ctx: () => CliContext): void {
  program
    .command('describe')
    .description('Show details of a specific resource or group of resources')
    .argument('[args...]')
    .option('-l, --selector <selector>', 'Selector (label query) to filter on')
    .option('-A, --all-namespaces', 'If present, list the requested object(s) across all namespaces.')
    .option('--show-events', 'If true, display events related to the described object.', true)
    .addOption(new Option('--no-show-events').hideHelp())
    .action(async (args: string[], o: { selector?: string; allNamespaces?: boolean; showEvents?: boolean }) => {
      const c = ctx();
      if (!args.length) throw new CliError(`You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.`);
      const objs: KubeObject[] = [];
      const errs: string[] = [];
      for (const group of await resolveArgs(c, args)) {
        const m = group[0].mapping;
        const ns = m.namespaced ? (o.allNamespaces ? undefined : c.namespace) : undefined;
        if (group[0].name) {
          for (const t of group) {
            try {
              objs.push(await c.client.get(m, ns, t.name!));
            } catch (e) {
              errs.push(errorText(e).text);
            }
          }
        } else {
          const list = await c.client.list(m, ns, { labelSelector: o.selector });
          for (const it of list.items) objs.push({ ...it, apiVersion: list.apiVersion, kind: m.kind });
          if (!list.items.length) errs.push(ns ? `No resources found in ${ns} namespace.` : 'No resources found');
        }
      }
      let first = true;
      for (const obj of objs) {
        if (!describableKinds().includes(obj.kind!.toLowerCase())) throw new CliError(`describe is not supported for ${obj.kind} yet`);
        const text = describe(obj.kind!, obj, await related(c, obj, o.showEvents !== false));
        // kubectl prints each description whole, with "\n\n" between two of them
        c.io.out((first ? '' : '\n\n') + text.replace(/\n*$/, '\n'));
        first = false;
      }
      for (const e of errs) c.io.err(e + '\n');
      if (errs.some((e) => !e.startsWith('No resources'))) throw new ExitError(1);
    });
}
