import { describe, expect, it } from 'vitest';
import { applyDefaults, imageTag } from '../../src/apiserver/defaulting/index.js';
import { deployment, pod, RES, service, simple, type Obj } from './validation-fixtures.js';

describe('Deployment defaults', () => {
  it('match a real cluster for kubectl create deployment x --image=nginx', () => {
    const d = deployment('x');
    applyDefaults(RES.deployments, d);
    expect(d.spec).toEqual({
      progressDeadlineSeconds: 600,
      replicas: 1,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { app: 'x' } },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template: {
        metadata: { creationTimestamp: null, labels: { app: 'x' } },
        spec: {
          containers: [
            {
              image: 'nginx',
              imagePullPolicy: 'Always',
              name: 'nginx',
              resources: {},
              terminationMessagePath: '/dev/termination-log',
              terminationMessagePolicy: 'File',
            },
          ],
          dnsPolicy: 'ClusterFirst',
          restartPolicy: 'Always',
          schedulerName: 'default-scheduler',
          securityContext: {},
          terminationGracePeriodSeconds: 30,
        },
      },
    });
  });

  it('leave Recreate without rollingUpdate and keep given values', () => {
    const d = deployment('x', (o) => {
      o.spec.strategy = { type: 'Recreate' };
      o.spec.replicas = 0;
      o.spec.revisionHistoryLimit = 0;
    });
    applyDefaults(RES.deployments, d);
    expect(d.spec.strategy).toEqual({ type: 'Recreate' });
    expect(d.spec.replicas).toBe(0);
    expect(d.spec.revisionHistoryLimit).toBe(0);
  });

  it('fill only the missing half of rollingUpdate', () => {
    const d = deployment('x', (o) => (o.spec.strategy = { rollingUpdate: { maxSurge: 1 } }));
    applyDefaults(RES.deployments, d);
    expect(d.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } });
  });

  it('ReplicaSets get replicas 1 and template defaults only', () => {
    const rs: Obj = { metadata: { name: 'x-1' }, spec: { selector: { matchLabels: { a: 'b' } }, template: { spec: { containers: [{ name: 'c', image: 'busybox:1.36' }] } } } };
    applyDefaults(RES.replicasets, rs as never);
    expect(rs.spec.replicas).toBe(1);
    expect(rs.spec.strategy).toBeUndefined();
    expect(rs.spec.template.metadata).toEqual({ creationTimestamp: null });
    expect(rs.spec.template.spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
  });
});

describe('Pod defaults', () => {
  it('add spec, container, admission and toleration defaults', () => {
    const p = pod((o) => {
      o.spec.containers[0].ports = [{ containerPort: 80 }];
      o.spec.containers[0].env = [{ name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }];
      o.spec.containers[0].livenessProbe = { httpGet: { port: 80 } };
    });
    applyDefaults(RES.pods, p);
    const c = p.spec.containers[0];
    expect(c.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    expect(c.env[0].valueFrom.fieldRef).toEqual({ apiVersion: 'v1', fieldPath: 'metadata.name' });
    expect(c.livenessProbe).toEqual({ httpGet: { path: '/', port: 80, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
    expect(c.imagePullPolicy).toBe('IfNotPresent');
    expect(p.spec).toMatchObject({
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      terminationGracePeriodSeconds: 30,
    });
    expect(p.spec.tolerations).toEqual([
      { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
      { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
    ]);
  });

  it('is idempotent (defaults applied again on update change nothing)', () => {
    const p = pod();
    applyDefaults(RES.pods, p);
    const again = structuredClone(p);
    applyDefaults(RES.pods, again);
    expect(again).toEqual(p);
  });

  it('copies limits to missing requests and canonicalises quantities', () => {
    const p = pod((o) => (o.spec.containers[0].resources = { limits: { cpu: '0.5', memory: '1024Mi' }, requests: { cpu: '100m' } }));
    applyDefaults(RES.pods, p);
    expect(p.spec.containers[0].resources).toEqual({ limits: { cpu: '500m', memory: '1Gi' }, requests: { cpu: '100m', memory: '1Gi' } });
  });

  it('rounds quantities up to milli units', () => {
    const p = pod((o) => (o.spec.containers[0].resources = { requests: { cpu: '1n', memory: 1000 } }));
    applyDefaults(RES.pods, p);
    expect(p.spec.containers[0].resources.requests).toEqual({ cpu: '1m', memory: '1k' });
  });

  it('gives volumes a source and file modes', () => {
    const p = pod((o) => (o.spec.volumes = [{ name: 'a' }, { name: 'b', configMap: { name: 'cm' } }, { name: 'c', hostPath: { path: '/x' } }]));
    applyDefaults(RES.pods, p);
    expect(p.spec.volumes).toEqual([
      { name: 'a', emptyDir: {} },
      { name: 'b', configMap: { name: 'cm', defaultMode: 420 } },
      { name: 'c', hostPath: { path: '/x', type: '' } },
    ]);
  });

  it.each([
    ['nginx', 'latest'],
    ['nginx:latest', 'latest'],
    ['nginx:1.27', '1.27'],
    ['docker.io/library/nginx', 'latest'],
    ['localhost:5000/app', 'latest'],
    ['localhost:5000/app:v1', 'v1'],
    ['nginx@sha256:' + 'a'.repeat(64), ''],
    ['Nginx', undefined],
  ])('image %s has tag %s', (image, tag) => {
    expect(imageTag(image)).toBe(tag);
  });
});

describe('Service defaults', () => {
  it('ClusterIP', () => {
    const s = service();
    applyDefaults(RES.services, s);
    expect(s.spec).toEqual({
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
      selector: { app: 'web' },
      sessionAffinity: 'None',
      type: 'ClusterIP',
    });
  });

  it('LoadBalancer and NodePort get external traffic policy; LB allocates node ports', () => {
    const lb = service((o) => (o.spec.type = 'LoadBalancer'));
    applyDefaults(RES.services, lb);
    expect(lb.spec).toMatchObject({ externalTrafficPolicy: 'Cluster', allocateLoadBalancerNodePorts: true, internalTrafficPolicy: 'Cluster' });
    const np = service((o) => (o.spec.type = 'NodePort'));
    applyDefaults(RES.services, np);
    expect(np.spec.externalTrafficPolicy).toBe('Cluster');
    expect(np.spec.allocateLoadBalancerNodePorts).toBeUndefined();
  });

  it('ExternalName gets no families and ClientIP affinity a timeout', () => {
    const en = service((o) => (o.spec = { type: 'ExternalName', externalName: 'example.com' }));
    applyDefaults(RES.services, en);
    expect(en.spec).toEqual({ type: 'ExternalName', externalName: 'example.com', sessionAffinity: 'None' });
    const ci = service((o) => (o.spec.sessionAffinity = 'ClientIP'));
    applyDefaults(RES.services, ci);
    expect(ci.spec.sessionAffinityConfig).toEqual({ clientIP: { timeoutSeconds: 10800 } });
  });
});

describe('other defaults', () => {
  it('namespaces get the name label and the kubernetes finalizer', () => {
    const ns = simple('Namespace', 'dev', { status: {} }, undefined);
    applyDefaults(RES.namespaces, ns);
    expect(ns.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'dev' });
    expect(ns.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(ns.status).toEqual({ phase: 'Active' });
  });

  it('secrets are Opaque; node allocatable follows capacity; endpoint ports are TCP', () => {
    const s = simple('Secret', 's');
    applyDefaults(RES.secrets, s);
    expect(s.type).toBe('Opaque');
    const n = simple('Node', 'n1', { status: { capacity: { cpu: '2' } } }, undefined);
    applyDefaults(RES.nodes, n);
    expect(n.status.allocatable).toEqual({ cpu: '2' });
    const ep = simple('Endpoints', 'web', { subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] }] });
    applyDefaults(RES.endpoints, ep);
    expect(ep.subsets[0].ports[0].protocol).toBe('TCP');
  });
});
