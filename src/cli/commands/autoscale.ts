// mk autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU]
// kubectl 1.33 generates an autoscaling/v2 HorizontalPodAutoscaler for the scalable target.
import type { Command } from 'commander';
import { R } from '../../client/interface.js';
import type { KubeObject } from '../../client/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { dryRunMode, printObjectResult, type TemplateFlags } from '../output.js';
import type { MappedResource } from '../resource-mapper.js';
import { recordChangeCause, warnRecordDeprecated } from '../record.js';
import { visitResources, type VisitEntry } from '../resource-visit.js';
import { withTypedLastApplied } from '../typed-last-applied.js';
import { outputFormat } from './create-generators.js';

const HPA: MappedResource = { ...R.horizontalpodautoscalers, kind: 'HorizontalPodAutoscaler', namespaced: true, shortNames: ['hpa'], categories: ['all'], singular: 'horizontalpodautoscaler', verbs: [] };
/** the resources discovery lists with a scale subresource */
const SCALABLE = new Set(['apps/deployments', 'apps/replicasets', 'apps/statefulsets', '/replicationcontrollers']);

interface AutoscaleFlags extends TemplateFlags {
  filename?: string[];
  recursive?: boolean;
  record?: boolean;
  saveConfig?: boolean;
  showManagedFields?: boolean;
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
    // the autoscaling/v2 structs' field order, which --save-config's annotation keeps
    metadata: { name, creationTimestamp: null },
    spec: {
      scaleTargetRef: target,
      ...(min > 0 ? { minReplicas: min } : {}),
      maxReplicas: max,
      ...(cpuPercent >= 0 ? { metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpuPercent } } }] } : {}),
    },
    status: { desiredReplicas: 0, currentMetrics: null },
  };
}

export function registerAutoscale(program: Command, ctx: () => CliContext): void {
  program
    .command('autoscale')
    .description('Auto-scale a deployment, replica set, stateful set, or replication controller')
    .argument('[args...]')
    .option('--min <n>', 'The lower limit for the number of pods that can be set by the autoscaler.', '-1')
    .option('--max <n>', 'The upper limit for the number of pods that can be set by the autoscaler. Required.')
    .option('--cpu-percent <n>', 'The target average CPU utilization over all the pods.', '-1')
    .option('--name <name>', 'The name for the newly created object.')
    .option('--field-manager <name>', 'Name of the manager used to track field ownership.', 'kubectl-autoscale')
    .option('--dry-run [strategy]', 'Must be "none", "server", or "client".')
    .option('-o, --output <format>', 'Output format.')
    .option('--template <template>', 'Template string or path to template file to use when -o=go-template, -o=go-template-file.')
    .option('--allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template.')
    .option('--no-allow-missing-template-keys', 'If true, ignore any errors in templates when a field or map key is missing in the template.')
    // the server keeps no managedFields, so there are none to show or hide
    .option('--show-managed-fields', 'If true, keep the managedFields when printing objects in JSON or YAML format.')
    .option('--save-config', 'If true, the configuration of current object will be saved in its annotation.')
    .option('-f, --filename <file>', 'Filename, directory, or URL to files identifying the resource to autoscale.', (v: string, prev: string[] = []) => [...prev, v])
    .option('-R, --recursive', 'Process the directory used in -f, --filename recursively.')
    .option('--record', 'Record current kubectl command in the resource annotation.')
    .action(async (args: string[], o: AutoscaleFlags) => {
      const c = ctx();
      if (o.max === undefined) throw new CliError('required flag(s) "max" not set');
      const max = intFlag('max', o.max);
      const min = intFlag('min', o.min);
      const cpu = intFlag('cpu-percent', o.cpuPercent);
      if (max < 1) throw new CliError(`--max=MAXPODS is required and must be at least 1, max: ${max}`);
      if (max < min) throw new CliError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
      const dry = dryRunMode(o.dryRun);
      if (o.record) warnRecordDeprecated(c);
      // named targets are fetched, -f documents taken as read (kubectl's builder without Latest)
      const visit = await visitResources(c, { args, filenames: o.filename, recursive: o.recursive });
      let count = 0;
      for (const entry of visit.entries as VisitEntry[]) {
        if ('error' in entry) throw entry.error;
        const { mapping: m, name } = entry.item;
        if (!SCALABLE.has(`${m.group}/${m.resource}`))
          throw new CliError(`cannot autoscale a ${m.kind}: could not find scale subresource for ${m.group}/${m.version}, Resource=${m.resource} in discovery information`);
        const apiVersion = m.group ? `${m.group}/${m.version}` : m.version;
        // CrossVersionObjectReference's field order
        let hpa = generateHPA(o.name ?? name, { kind: m.kind, name, apiVersion }, min, max, cpu);
        if (o.record) hpa = recordChangeCause(hpa, c.commandLine);
        count++;
        // kubectl prints a client dry run before it adds --save-config's annotation
        const out = dry === 'client' ? hpa : await c.client.create(R.horizontalpodautoscalers, c.namespace, o.saveConfig ? withTypedLastApplied(hpa) : hpa, { fieldManager: o.fieldManager, dryRun: dry === 'server' });
        printObjectResult(c, HPA, out, 'autoscaled', outputFormat(o), dry, o);
      }
      if (!count) throw new CliError('no objects passed to autoscale');
    });
}
