// mk autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU]
// kubectl 1.33 generates an autoscaling/v2 HorizontalPodAutoscaler for the scalable target.
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { resolveArgs } from '../objects.js';
import { dryRunMode, printObjectResult } from '../output.js';
import type { MappedResource } from '../resource-mapper.js';

const HPA: MappedResource = { ...R.horizontalpodautoscalers, kind: 'HorizontalPodAutoscaler', namespaced: true, shortNames: ['hpa'], categories: ['all'], singular: 'horizontalpodautoscaler', verbs: [] };
/** the resources discovery lists with a scale subresource */
const SCALABLE = new Set(['apps/deployments', 'apps/replicasets', 'apps/statefulsets', '/replicationcontrollers']);

interface AutoscaleFlags {
  min: string;
  max?: string;
  cpuPercent: string;
  name?: string;
  dryRun?: string;
  output?: string;
  fieldManager: string;
}

function intFlag(name: string, v: string): number {
  if (!/^-?\d+$/.test(v)) throw new CliError(`invalid argument "${v}" for "--${name}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`);
  return Number(v);
}

/** The HPA kubectl generates (generateHPA, autoscaling/v2). */
export function generateHPA(name: string, target: { apiVersion: string; kind: string; name: string }, min: number, max: number, cpuPercent: number): KubeObject {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { creationTimestamp: null, name },
    spec: {
      maxReplicas: max,
      ...(cpuPercent >= 0 ? { metrics: [{ resource: { name: 'cpu', target: { averageUtilization: cpuPercent, type: 'Utilization' } }, type: 'Resource' }] } : {}),
      ...(min > 0 ? { minReplicas: min } : {}),
      scaleTargetRef: target,
    },
    status: { currentMetrics: null, desiredReplicas: 0 },
  };
}

export function registerAutoscale(program: Command, ctx: () => CliContext): void {
  program
    .command('autoscale')
    .description('Auto-scale a deployment, replica set, stateful set, or replication controller')
    .argument('<args...>')
    .option('--min <n>', 'The lower limit for the number of pods that can be set by the autoscaler.', '-1')
    .option('--max <n>', 'The upper limit for the number of pods that can be set by the autoscaler. Required.')
    .option('--cpu-percent <n>', 'The target average CPU utilization over all the pods.', '-1')
    .option('--name <name>', 'The name for the newly created object.')
    .option('--field-manager <name>', 'Name of the manager used to track field ownership.', 'kubectl-autoscale')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('-o, --output <format>', 'Output format.')
    .action(async (args: string[], o: AutoscaleFlags) => {
      const c = ctx();
      if (o.max === undefined) throw new CliError('required flag(s) "max" not set');
      const max = intFlag('max', o.max);
      const min = intFlag('min', o.min);
      const cpu = intFlag('cpu-percent', o.cpuPercent);
      if (max < 1) throw new CliError(`--max=MAXPODS is required and must be at least 1, max: ${max}`);
      if (max < min) throw new CliError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
      const dry = dryRunMode(o.dryRun);
      for (const t of (await resolveArgs(c, args)).flat()) {
        if (!t.name) throw new CliError('resource(s) were provided, but no name was specified');
        const m = t.mapping;
        const obj = await c.client.get(m, c.namespace, t.name);
        if (!SCALABLE.has(`${m.group}/${m.resource}`))
          throw new CliError(`cannot autoscale a ${m.kind}: could not find scale subresource for ${m.group}/${m.version}, Resource=${m.resource} in discovery information`);
        const apiVersion = m.group ? `${m.group}/${m.version}` : m.version;
        const hpa = generateHPA(o.name ?? obj.metadata.name!, { apiVersion, kind: m.kind, name: obj.metadata.name! }, min, max, cpu);
        const out = dry === 'client' ? hpa : await c.client.create(R.horizontalpodautoscalers, c.namespace, hpa, { fieldManager: o.fieldManager, dryRun: dry === 'server' });
        printObjectResult(c, HPA, out, 'autoscaled', o.output, dry);
      }
    });
}
