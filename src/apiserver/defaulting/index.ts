// SetDefaults_* for the served kinds (pkg/apis/core/v1/defaults.go, apps/v1/defaults.go).
import type { KubeObject } from '../../client/types.js';
import type { ResourceInfo } from '../resources.js';

function defaultContainer(c: KubeObject): void {
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  c.resources ??= {};
  if (!c.imagePullPolicy) {
    const image = String(c.image ?? '');
    const tag = image.includes('@') ? 'digest' : /:[^/]+$/.exec(image)?.[0].slice(1);
    c.imagePullPolicy = !tag || tag === 'latest' ? 'Always' : 'IfNotPresent';
  }
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (!probe) continue;
    probe.timeoutSeconds ??= 1;
    probe.periodSeconds ??= 10;
    probe.successThreshold ??= 1;
    probe.failureThreshold ??= 3;
    if (probe.httpGet) probe.httpGet.scheme ??= 'HTTP';
  }
}

export function defaultPodSpec(spec: KubeObject | undefined): void {
  if (!spec) return;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) defaultContainer(c);
}

export function applyDefaults(info: ResourceInfo, obj: KubeObject): void {
  const spec = obj.spec;
  switch (info.resource) {
    case 'pods':
      obj.spec ??= {};
      defaultPodSpec(obj.spec);
      obj.spec.enableServiceLinks ??= true;
      break;
    case 'deployments':
      obj.spec ??= {};
      obj.spec.replicas ??= 1;
      obj.spec.strategy ??= {};
      obj.spec.strategy.type ??= 'RollingUpdate';
      if (obj.spec.strategy.type === 'RollingUpdate') {
        obj.spec.strategy.rollingUpdate ??= {};
        obj.spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
        obj.spec.strategy.rollingUpdate.maxSurge ??= '25%';
      }
      obj.spec.revisionHistoryLimit ??= 10;
      obj.spec.progressDeadlineSeconds ??= 600;
      defaultPodSpec(obj.spec.template?.spec);
      break;
    case 'replicasets':
      obj.spec ??= {};
      obj.spec.replicas ??= 1;
      defaultPodSpec(obj.spec.template?.spec);
      break;
    case 'services': {
      if (!spec) break;
      spec.type ??= 'ClusterIP';
      spec.sessionAffinity ??= 'None';
      for (const p of spec.ports ?? []) {
        p.protocol ??= 'TCP';
        p.targetPort ??= p.port;
      }
      if (spec.type !== 'ExternalName') {
        spec.internalTrafficPolicy ??= 'Cluster';
        spec.ipFamilies ??= ['IPv4'];
        spec.ipFamilyPolicy ??= 'SingleStack';
      }
      if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') spec.externalTrafficPolicy ??= 'Cluster';
      if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
      break;
    }
    case 'namespaces':
      obj.spec ??= {};
      obj.spec.finalizers ??= ['kubernetes'];
      break;
    case 'secrets':
      obj.type ??= 'Opaque';
      break;
  }
}
