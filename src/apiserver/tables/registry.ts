// Which printer serves which resource (group + plural), as kube-apiserver wires its
// TableConvertors; anything else gets the generic default convertor.
import type { ResourceInfo } from '../resources.js';
import type { TablePrinter } from './common.js';
import { configMapPrinter, secretPrinter } from './config.js';
import { daemonSetPrinter } from './daemonsets.js';
import { defaultPrinter } from './default.js';
import { deploymentPrinter } from './deployments.js';
import { endpointSlicePrinter, endpointsPrinter } from './endpoints.js';
import { eventPrinter } from './events.js';
import { horizontalPodAutoscalerPrinter } from './hpa.js';
import { jobPrinter } from './jobs.js';
import { ingressClassPrinter, ingressPrinter } from './ingresses.js';
import { cronJobPrinter } from './cronjobs.js';
import { leasePrinter, namespacePrinter } from './namespaces.js';
import { nodePrinter } from './nodes.js';
import { podPrinter } from './pods.js';
import { podDisruptionBudgetPrinter } from './pdbs.js';
import { replicaSetPrinter } from './replicasets.js';
import { servicePrinter } from './services.js';
import { controllerRevisionPrinter, statefulSetPrinter } from './statefulsets.js';
import { persistentVolumeClaimPrinter, persistentVolumePrinter, storageClassPrinter } from './storage.js';

const PRINTERS: Record<string, TablePrinter> = {
  '/pods': podPrinter,
  '/services': servicePrinter,
  '/endpoints': endpointsPrinter,
  '/nodes': nodePrinter,
  '/events': eventPrinter,
  '/namespaces': namespacePrinter,
  '/configmaps': configMapPrinter,
  '/secrets': secretPrinter,
  'apps/daemonsets': daemonSetPrinter,
  'apps/deployments': deploymentPrinter,
  'apps/replicasets': replicaSetPrinter,
  'apps/statefulsets': statefulSetPrinter,
  'apps/controllerrevisions': controllerRevisionPrinter,
  'autoscaling/horizontalpodautoscalers': horizontalPodAutoscalerPrinter,
  'batch/jobs': jobPrinter,
  'batch/cronjobs': cronJobPrinter,
  'policy/poddisruptionbudgets': podDisruptionBudgetPrinter,
  'discovery.k8s.io/endpointslices': endpointSlicePrinter,
  'networking.k8s.io/ingresses': ingressPrinter,
  'networking.k8s.io/ingressclasses': ingressClassPrinter,
  'coordination.k8s.io/leases': leasePrinter,
  '/persistentvolumes': persistentVolumePrinter,
  '/persistentvolumeclaims': persistentVolumeClaimPrinter,
  'storage.k8s.io/storageclasses': storageClassPrinter,
};

export function printerFor(resource: Pick<ResourceInfo, 'group' | 'resource'>): TablePrinter {
  return PRINTERS[`${resource.group}/${resource.resource}`] ?? defaultPrinter;
}
