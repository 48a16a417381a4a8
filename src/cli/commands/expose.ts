// mk expose TYPE NAME --port ... and mk create service clusterip|nodeport|loadbalancer|externalname
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError, wrapError } from '../errors.js';
import { resolveArgs } from '../objects.js';
import { dryRunMode, printObjectResult } from '../output.js';
import type { MappedResource } from '../resource-mapper.js';
import { applyOverrides } from '../run-extras.js';

const SERVICE: MappedResource = { ...R.services, kind: 'Service', namespaced: true, shortNames: ['svc'], categories: [], singular: 'service', verbs: [] };

/** The selector kubectl derives from an object (MapBasedSelectorForObject). */
function selectorFor(obj: KubeObject): Record<string, string> {
  if (obj.kind === 'Pod') {
    if (!obj.metadata.labels || !Object.keys(obj.metadata.labels).length) throw new CliError(`the pod has no labels and cannot be exposed`);
    return obj.metadata.labels;
  }
  if (obj.kind === 'Service') {
    if (!obj.spec?.selector) throw new CliError(`the service has no pod selector set`);
    return obj.spec.selector;
  }
  const sel = obj.spec?.selector;
  if (sel?.matchExpressions?.length) throw new CliError(`couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}" to map-based selector format`);
  if (!sel?.matchLabels || !Object.keys(sel.matchLabels).length) throw new CliError(`invalid ${obj.kind!.toLowerCase()}: no selectors, therefore cannot be exposed`);
  return sel.matchLabels;
}

function portsFor(obj: KubeObject): { port: number; protocol: string }[] {
  if (obj.kind === 'Service') return (obj.spec?.ports ?? []).map((p: KubeObject) => ({ port: p.port, protocol: p.protocol ?? 'TCP' }));
  const spec = obj.kind === 'Pod' ? obj.spec : obj.spec?.template?.spec;
  const out: { port: number; protocol: string }[] = [];
  for (const ctr of spec?.containers ?? []) for (const p of ctr.ports ?? []) if (!out.some((x) => x.port === p.containerPort)) out.push({ port: p.containerPort, protocol: p.protocol ?? 'TCP' });
  return out;
}

export function registerExpose(program: Command, create: Command, ctx: () => CliContext): void {
  program
    .command('expose')
    .description('Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service')
    .argument('<args...>')
    .option('--port <port>', 'The port that the service should serve on.')
    .option('--target-port <port>', 'Name or number for the port on the container that the service should direct traffic to.')
    .option('--type <type>', 'Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName.')
    .option('--name <name>', 'The name for the newly created object.')
    .option('--protocol <protocol>', 'The network protocol for the service to be created.')
    .option('--selector <selector>', 'A label selector to use for this service.')
    .option('--external-ip <ip>', 'Additional external IP address (not managed by Kubernetes) to accept for the service.')
    .option('--session-affinity <affinity>', "If non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'")
    .option('--cluster-ip <ip>', "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service.")
    .option('-l, --labels <labels>', 'Labels to apply to the service created by this call.')
    .option('--load-balancer-ip <ip>', 'IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific).')
    .option('--overrides <json>', 'An inline JSON override for the generated object.')
    .option('--override-type <type>', 'The method used to override the generated object: json, merge, or strategic.', 'merge')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('-o, --output <format>', 'Output format.')
    .action(async (args: string[], o: { port?: string; targetPort?: string; type?: string; name?: string; protocol?: string; selector?: string; externalIp?: string; sessionAffinity?: string; clusterIp?: string; labels?: string; loadBalancerIp?: string; overrides?: string; overrideType?: string; dryRun?: string; output?: string }) => {
      const c = ctx();
      const [t] = (await resolveArgs(c, args)).flat();
      if (!t?.name) throw new CliError('resource(s) were provided, but no name was specified');
      if (!['pods', 'services', 'deployments', 'replicasets', 'replicationcontrollers'].includes(t.mapping.resource)) throw new CliError(`cannot expose a ${t.mapping.kind}`);
      const obj = { ...(await c.client.get(t.mapping, c.namespace, t.name)), kind: t.mapping.kind };
      const selector = o.selector ? Object.fromEntries(o.selector.split(',').map((kv) => kv.split('='))) : selectorFor(obj);
      let ports = o.port ? o.port.split(',').map((p) => ({ port: Number(p), protocol: o.protocol ?? 'TCP' })) : portsFor(obj);
      if (!ports.length) throw new CliError("couldn't find port via --port flag or introspection");
      if (o.protocol) ports = ports.map((p) => ({ ...p, protocol: o.protocol! }));
      const labels = o.labels ? Object.fromEntries(o.labels.split(',').map((kv) => kv.split('='))) : obj.metadata.labels;
      const name = (o.name ?? t.name).slice(0, 63);
      const svcPorts = ports.map((p, i) => {
        const target = o.targetPort === undefined ? p.port : /^\d+$/.test(o.targetPort) ? Number(o.targetPort) : o.targetPort;
        return { ...(ports.length > 1 ? { name: `port-${i + 1}` } : {}), port: p.port, protocol: p.protocol, targetPort: target };
      });
      let svc: KubeObject = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { creationTimestamp: null, ...(labels ? { labels } : {}), name },
        spec: { ports: svcPorts, selector, ...(o.type ? { type: o.type } : {}), ...(o.sessionAffinity ? { sessionAffinity: o.sessionAffinity } : {}), ...(o.clusterIp ? { clusterIP: o.clusterIp } : {}), ...(o.externalIp ? { externalIPs: [o.externalIp] } : {}), ...(o.loadBalancerIp && o.type === 'LoadBalancer' ? { loadBalancerIP: o.loadBalancerIp } : {}) },
        status: { loadBalancer: {} },
      };
      svc = applyOverrides(svc, o.overrides, o.overrideType, 'io.k8s.api.core.v1.Service');
      const dry = dryRunMode(o.dryRun);
      const out = dry === 'client' ? svc : await c.client.create(R.services, c.namespace, svc, { fieldManager: 'kubectl-expose', dryRun: dry === 'server' });
      printObjectResult(c, SERVICE, out, 'exposed', o.output, dry);
    });

  for (const type of ['clusterip', 'nodeport', 'loadbalancer', 'externalname'] as const) {
    create
      .command(type)
      .description(`Create a ${type} service`)
      .argument('<name>')
      .option('--tcp <port:targetPort>', 'Port pairs can be specified as "<port>:<targetPort>".', (v: string, prev: string[] = []) => [...prev, ...v.split(',')])
      .option('--node-port <port>', 'Port used to expose the service on each node in a cluster.')
      .option('--external-name <name>', 'External name of service')
      .option('--clusterip <ip>', 'Assign your own ClusterIP or set to "None" for a \'headless\' service (no loadbalancing).')
      .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
      .option('-o, --output <format>', 'Output format.')
      .action(async (name: string, o: { tcp?: string[]; nodePort?: string; externalName?: string; clusterip?: string; dryRun?: string; output?: string }) => {
        const c = ctx();
        if (type === 'externalname' && !o.externalName) throw new CliError('required flag(s) "external-name" not set');
        if (type !== 'externalname' && !o.tcp?.length && o.clusterip !== 'None') throw new CliError('at least one tcp port specifier must be provided');
        const kind = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' }[type];
        const ports = (o.tcp ?? []).map((pair) => {
          const [port, target] = pair.split(':');
          const p: KubeObject = { name: pair.replace(':', '-'), port: Number(port), protocol: 'TCP', targetPort: target === undefined ? Number(port) : /^\d+$/.test(target) ? Number(target) : target } as unknown as KubeObject;
          if (o.nodePort) p.nodePort = Number(o.nodePort);
          return p;
        });
        const svc: KubeObject = {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { creationTimestamp: null, labels: { app: name }, name },
          spec: { ...(ports.length ? { ports } : {}), selector: { app: name }, type: kind, ...(o.clusterip ? { clusterIP: o.clusterip } : {}), ...(o.externalName ? { externalName: o.externalName } : {}) },
          status: { loadBalancer: {} },
        };
        if (type === 'externalname') delete svc.spec.selector;
        const dry = dryRunMode(o.dryRun);
        const out = dry === 'client' ? svc : await c.client.create(R.services, c.namespace, svc, { fieldManager: 'kubectl-create', fieldValidation: 'Strict', dryRun: dry === 'server' }).catch((e) => {
          throw wrapError(`failed to create ${kind} service: `, e);
        });
        printObjectResult(c, SERVICE, out, 'created', o.output, dry);
      });
  }
}
