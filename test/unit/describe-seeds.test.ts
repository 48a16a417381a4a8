// Real `kubectl describe` outputs from /work/shared/seeds and k8s-behaviour §6.6,
// reproduced from equivalent objects.
process.env.TZ = 'UTC';
import { describe as suite, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { describe, describeEvents, describeService } from '../../src/cli/describe/index.js';

const NOW = Date.parse('2025-07-01T12:00:00Z');
const ago = (s: number): string => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');

function nodePortService(clusterIP: string, nodePort: number): KubeObject {
  return {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: { name: 'hello-nginx', namespace: 'default', labels: { app: 'hello-nginx' } },
    spec: {
      ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort }],
      selector: { app: 'hello-nginx' },
      clusterIP,
      clusterIPs: [clusterIP],
      type: 'NodePort',
      sessionAffinity: 'None',
      externalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    },
    status: { loadBalancer: {} },
  };
}

function slice(ips: string[]): KubeObject {
  return {
    kind: 'EndpointSlice',
    metadata: { name: 'hello-nginx-abcde', namespace: 'default', labels: { 'kubernetes.io/service-name': 'hello-nginx' } },
    addressType: 'IPv4',
    ports: [{ name: '', port: 80, protocol: 'TCP' }],
    endpoints: ips.map((ip) => ({ addresses: [ip], conditions: { ready: true, serving: true, terminating: false } })),
  };
}

suite('seed: kubectl describe service hello-nginx', () => {
  it('4 replicas (000 seed, first service)', () => {
    const out = describeService(nodePortService('10.108.229.176', 31124), {
      endpointSlices: [slice(['10.10.169.144', '10.10.36.83', '10.10.36.82', '10.10.36.84'])],
      events: [],
    });
    expect(out).toBe(`Name:                     hello-nginx
Namespace:                default
Labels:                   app=hello-nginx
Annotations:              <none>
Selector:                 app=hello-nginx
Type:                     NodePort
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       10.108.229.176
IPs:                      10.108.229.176
Port:                     <unset>  80/TCP
TargetPort:               80/TCP
NodePort:                 <unset>  31124/TCP
Endpoints:                10.10.169.144:80,10.10.36.83:80,10.10.36.82:80 + 1 more...
Session Affinity:         None
External Traffic Policy:  Cluster
Internal Traffic Policy:  Cluster
Events:                   <none>
`);
  });

  it('3 replicas (000 seed, second service) through describe() dispatch', () => {
    const out = describe('Service', nodePortService('10.97.7.100', 31615), {
      endpointSlices: [slice(['10.10.169.150', '10.10.169.149', '10.10.36.87'])],
      events: [],
    });
    expect(out).toContain('NodePort:                 <unset>  31615/TCP\nEndpoints:                10.10.169.150:80,10.10.169.149:80,10.10.36.87:80\n');
    expect(out.endsWith('Internal Traffic Policy:  Cluster\nEvents:                   <none>\n')).toBe(true);
  });
});

const event = (type: string, reason: string, from: string, message: string, first: number, last: number, count: number): KubeObject => {
  // the scheduler records events.k8s.io events: eventTime, no firstTimestamp/lastTimestamp
  if (from === 'default-scheduler')
    return {
      metadata: { name: `x.${reason}` },
      type,
      reason,
      message,
      source: {},
      reportingComponent: from,
      eventTime: new Date(NOW - first * 1000).toISOString().replace('Z', '000Z'),
      firstTimestamp: null,
      lastTimestamp: null,
    };
  return { metadata: { name: `x.${reason}` }, type, reason, message, source: { component: from }, firstTimestamp: ago(first), lastTimestamp: ago(last), count };
};

suite('seed: describe pods events tables', () => {
  it('ImagePullBackOff pod', () => {
    const img = 'k8s.io/k8s/hello-nginx:v1.5';
    const events = [
      event('Normal', 'Pulling', 'kubelet', `Pulling image "${img}"`, 93, 3, 4),
      event('Warning', 'Failed', 'kubelet', `Failed to pull image "${img}": rpc error: code = NotFound desc = failed to pull and unpack image "${img}": failed to resolve reference "${img}": ${img}: not found`, 92, 1, 4),
      event('Warning', 'Failed', 'kubelet', 'Error: ErrImagePull', 92, 1, 4),
      event('Normal', 'Scheduled', 'default-scheduler', 'Successfully assigned default/hello-nginx-6876d8c444-fvk78 to k8s-node1', 93, 93, 1),
      event('Normal', 'BackOff', 'kubelet', `Back-off pulling image "${img}"`, 91, 18, 4),
      event('Warning', 'Failed', 'kubelet', 'Error: ImagePullBackOff', 91, 18, 4),
    ];
    expect(describeEvents(events, NOW)).toBe(`Events:
  Type     Reason     Age                From               Message
  ----     ------     ----               ----               -------
  Normal   Scheduled  93s                default-scheduler  Successfully assigned default/hello-nginx-6876d8c444-fvk78 to k8s-node1
  Normal   BackOff    18s (x4 over 91s)  kubelet            Back-off pulling image "k8s.io/k8s/hello-nginx:v1.5"
  Warning  Failed     18s (x4 over 91s)  kubelet            Error: ImagePullBackOff
  Normal   Pulling    3s (x4 over 93s)   kubelet            Pulling image "k8s.io/k8s/hello-nginx:v1.5"
  Warning  Failed     1s (x4 over 92s)   kubelet            Failed to pull image "k8s.io/k8s/hello-nginx:v1.5": rpc error: code = NotFound desc = failed to pull and unpack image "k8s.io/k8s/hello-nginx:v1.5": failed to resolve reference "k8s.io/k8s/hello-nginx:v1.5": k8s.io/k8s/hello-nginx:v1.5: not found
  Warning  Failed     1s (x4 over 92s)   kubelet            Error: ErrImagePull
`);
  });

  it('healthy pod', () => {
    const events = [
      event('Normal', 'Scheduled', 'default-scheduler', 'Successfully assigned default/hello-nginx-74b5cbfff9-cdlvr to k8s-node1', 234, 234, 1),
      event('Normal', 'Pulled', 'kubelet', 'Container image "k8s.io/k8s/hello-nginx:v2.5" already present on machine', 233, 233, 1),
      event('Normal', 'Created', 'kubelet', 'Created container: hello-nginx', 233, 233, 1),
      event('Normal', 'Started', 'kubelet', 'Started container hello-nginx', 233, 233, 1),
    ];
    expect(describeEvents(events, NOW)).toBe(`Events:
  Type    Reason     Age    From               Message
  ----    ------     ----   ----               -------
  Normal  Scheduled  3m54s  default-scheduler  Successfully assigned default/hello-nginx-74b5cbfff9-cdlvr to k8s-node1
  Normal  Pulled     3m53s  kubelet            Container image "k8s.io/k8s/hello-nginx:v2.5" already present on machine
  Normal  Created    3m53s  kubelet            Created container: hello-nginx
  Normal  Started    3m53s  kubelet            Started container hello-nginx
`);
  });
});

suite('k8s-behaviour §6.6: describe deployment web', () => {
  it('matches the reference layout', () => {
    const template = (image: string, hash?: string) => ({
      metadata: { labels: { app: 'web', ...(hash ? { 'pod-template-hash': hash } : {}) } },
      spec: { containers: [{ name: 'web', image, ports: [{ containerPort: 80, protocol: 'TCP' }] }] },
    });
    const rs = (name: string, replicas: number, image: string): KubeObject => ({
      metadata: { name, namespace: 'default' },
      spec: { replicas, template: template(image, name.split('-')[1]) },
      status: { replicas },
    });
    const d: KubeObject = {
      metadata: {
        name: 'web',
        namespace: 'default',
        creationTimestamp: '2025-07-01T10:00:00Z',
        labels: { app: 'web' },
        annotations: { 'deployment.kubernetes.io/revision': '2', 'kubectl.kubernetes.io/last-applied-configuration': '{}' },
      },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'web' } },
        template: template('nginx:1.25'),
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      },
      status: {
        replicas: 3,
        updatedReplicas: 3,
        availableReplicas: 3,
        conditions: [
          { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
          { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' },
        ],
      },
    };
    const out = describe('deployment', d, {
      newRS: rs('web-7c5ddbdf54', 3, 'nginx:1.25'),
      oldRSes: [rs('web-5d59d67564', 0, 'nginx:1.24')],
      events: [event('Normal', 'ScalingReplicaSet', 'deployment-controller', 'Scaled up replica set web-7c5ddbdf54 from 0 to 3', 120, 120, 1)],
      now: NOW,
    });
    expect(out).toBe(`Name:                   web
Namespace:              default
CreationTimestamp:      Tue, 01 Jul 2025 10:00:00 +0000
Labels:                 app=web
Annotations:            deployment.kubernetes.io/revision: 2
Selector:               app=web
Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=web
  Containers:
   web:
    Image:         nginx:1.25
    Port:          80/TCP
    Host Port:     0/TCP
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  web-5d59d67564 (0/0 replicas created)
NewReplicaSet:   web-7c5ddbdf54 (3/3 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  2m    deployment-controller  Scaled up replica set web-7c5ddbdf54 from 0 to 3
`);
  });
});
