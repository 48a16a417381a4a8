// `kubectl describe` for node, namespace, endpoints, endpointslice, configmap, secret and
// replicaset, plus the rollout-history template block; expected texts come from kubectl 1.33
// run against a fake API server serving the same objects (ages aside).
process.env.TZ = 'UTC';
import { describe as suite, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { describe, describeReplicaSet, printPodTemplate } from '../../src/cli/describe/index.js';

const NOW = Date.parse('2025-07-01T12:05:00Z');
const ago = (s: number): string => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');
const created = '2025-07-01T10:00:00Z';
const rsUid = 'rs-uid';

function pod(name: string, age: number, requests: Record<string, string>, limits: Record<string, string>, phase = 'Running'): KubeObject {
  return {
    metadata: {
      name,
      namespace: 'default',
      creationTimestamp: ago(age),
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'hello-nginx-75b66c865', uid: rsUid, controller: true }],
    },
    spec: { nodeName: 'k8s-node1', containers: [{ name: 'c', image: 'x', resources: { requests, limits } }] },
    status: { phase },
  };
}
const small = (name: string) => pod(name, 194, { cpu: '100m', memory: '64Mi' }, { memory: '128Mi' });
const nodePods = [
  small('hello-nginx-75b66c865-bdttn'),
  small('hello-nginx-75b66c865-d2sxq'),
  small('hello-nginx-75b66c865-r2n9t'),
  small('hello-nginx-75b66c865-t92x7'),
  pod('hello-nginx-6876d8c444-fvk78', 93, { cpu: '0.25', memory: '128974848' }, { memory: '256Mi' }, 'Pending'),
  small('hello-nginx-75b66c865-zzzzz'),
];

const node: KubeObject = {
  kind: 'Node',
  metadata: {
    name: 'k8s-node1',
    creationTimestamp: created,
    labels: { 'beta.kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': 'k8s-node1', 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/os': 'linux' },
    annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
  },
  spec: {
    podCIDR: '10.244.0.0/24',
    podCIDRs: ['10.244.0.0/24'],
    taints: [
      { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
      { key: 'dedicated', value: 'web', effect: 'NoExecute' },
    ],
  },
  status: {
    capacity: { cpu: '2', 'ephemeral-storage': '61255492Ki', 'hugepages-2Mi': '0', memory: '4025140Ki', pods: '110', 'example.com/gpu': '1' },
    allocatable: { cpu: '2', 'ephemeral-storage': '56453061334', 'hugepages-2Mi': '0', memory: '3922740Ki', pods: '110', 'example.com/gpu': '1' },
    conditions: [
      { type: 'MemoryPressure', status: 'False', lastHeartbeatTime: '2025-07-01T12:00:00Z', lastTransitionTime: created, reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
      { type: 'Ready', status: 'True', lastHeartbeatTime: '2025-07-01T12:00:00Z', lastTransitionTime: created, reason: 'KubeletReady', message: 'kubelet is posting ready status' },
    ],
    addresses: [
      { type: 'InternalIP', address: '10.40.1.240' },
      { type: 'Hostname', address: 'k8s-node1' },
    ],
    nodeInfo: {
      machineID: 'abc123', systemUUID: 'uuid-1', bootID: 'boot-1', kernelVersion: '6.8.0', osImage: 'Ubuntu 24.04 LTS',
      containerRuntimeVersion: 'mk://0.1.0', kubeletVersion: 'v1.33.0', kubeProxyVersion: '', operatingSystem: 'linux', architecture: 'amd64',
    },
  },
};
const lease: KubeObject = { metadata: { name: 'k8s-node1', namespace: 'kube-node-lease' }, spec: { holderIdentity: 'k8s-node1', renewTime: '2025-07-01T12:00:05.123456Z' } };

suite('describe node', () => {
  it('renders conditions, capacity, system info and the allocated resources tables', () => {
    expect(describe('Node', node, { pods: nodePods, lease, events: [], now: NOW })).toBe(EXPECTED_NODE);
  });

  it('says "not authorized" without pods and reports a lease error', () => {
    const out = describe('Node', node, { leaseError: 'leases.coordination.k8s.io "k8s-node1" not found', now: NOW });
    expect(out).toContain('Unschedulable:      false\nLease:              Failed to get lease: leases.coordination.k8s.io "k8s-node1" not found\n');
    expect(out.endsWith('PodCIDRs:                     10.244.0.0/24\nPods:                         not authorized\n')).toBe(true);
  });
});

suite('describe namespace', () => {
  it('summarizes resource quotas and limit ranges', () => {
    const ns: KubeObject = { metadata: { name: 'default', labels: { 'kubernetes.io/metadata.name': 'default' } }, status: { phase: 'Active' } };
    const quota: KubeObject = {
      metadata: { name: 'compute', namespace: 'default' },
      spec: { scopes: ['NotTerminating'] },
      status: { hard: { 'requests.cpu': '2', pods: '10', 'limits.memory': '2Gi' }, used: { 'requests.cpu': '500m', pods: '4' } },
    };
    const limits: KubeObject = {
      metadata: { name: 'limits', namespace: 'default' },
      spec: { limits: [{ type: 'Container', default: { cpu: '500m' }, defaultRequest: { cpu: '250m' }, max: { cpu: '1' } }] },
    };
    expect(describe('Namespace', ns, { resourceQuotas: [quota], limitRanges: [limits] })).toBe(EXPECTED_NAMESPACE);
    expect(describe('namespace', ns, { resourceQuotas: [], limitRanges: [] })).toContain('Status:       Active\n\nNo resource quota.\n\nNo LimitRange resource.\n');
  });
});

const ips = ['10.10.169.144', '10.10.36.83', '10.10.36.82', '10.10.36.84'];
const targets = ['t92x7', 'bdttn', 'd2sxq', 'r2n9t'];

suite('describe endpoints and endpointslice', () => {
  it('endpoints subsets with a ports table', () => {
    const ep: KubeObject = {
      metadata: { name: 'hello-nginx', namespace: 'default', labels: { app: 'hello-nginx' } },
      subsets: [
        {
          addresses: ips.map((ip) => ({ ip })),
          notReadyAddresses: [{ ip: '10.10.169.160' }],
          ports: [
            { port: 80, protocol: 'TCP' },
            { name: 'metrics', port: 9090, protocol: 'TCP' },
          ],
        },
      ],
    };
    expect(describe('Endpoints', ep, { events: [] })).toBe(EXPECTED_ENDPOINTS);
  });

  it('endpointslice endpoints with conditions and targets', () => {
    const slice: KubeObject = {
      metadata: {
        name: 'hello-nginx-x7k2p',
        namespace: 'default',
        labels: { 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': 'hello-nginx' },
        annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': created },
      },
      addressType: 'IPv4',
      ports: [{ name: '', protocol: 'TCP', port: 80 }],
      endpoints: ips.map((ip, i) => ({
        addresses: [ip],
        conditions: { ready: true, serving: true, terminating: false },
        nodeName: 'k8s-node1',
        targetRef: { kind: 'Pod', namespace: 'default', name: `hello-nginx-75b66c865-${targets[i]}` },
      })),
    };
    expect(describe('EndpointSlice', slice, { events: [] })).toBe(EXPECTED_SLICE);
  });
});

suite('describe configmap and secret', () => {
  it('configmap data and binary data sizes', () => {
    const cm: KubeObject = {
      metadata: { name: 'cfg', namespace: 'default' },
      data: { mode: 'fast', 'app.conf': 'a=1\nb=2\n' },
      binaryData: { blob: Buffer.from('hello').toString('base64') },
    };
    expect(describe('ConfigMap', cm, { events: [] })).toBe(EXPECTED_CONFIGMAP);
  });

  it('secret sizes, and service-account tokens in clear', () => {
    const secret: KubeObject = {
      metadata: { name: 'db', namespace: 'default', labels: { tier: 'db' } },
      type: 'Opaque',
      data: { password: Buffer.from('s3cret!').toString('base64'), username: Buffer.from('admin').toString('base64') },
    };
    expect(describe('Secret', secret)).toBe(EXPECTED_SECRET);
    const sa: KubeObject = { metadata: { name: 't', namespace: 'default' }, type: 'kubernetes.io/service-account-token', data: { token: Buffer.from('abc.def').toString('base64') } };
    expect(describe('Secret', sa)).toContain('Data\n====\ntoken:  abc.def\n');
  });
});

const rsTemplate = (hash: string, image: string) => ({
  metadata: { labels: { app: 'hello-nginx', 'pod-template-hash': hash } },
  spec: { containers: [{ name: 'hello-nginx', image }] },
});

suite('describe replicaset', () => {
  it('counts the pods it controls by phase', () => {
    const rs: KubeObject = {
      metadata: {
        name: 'hello-nginx-75b66c865',
        namespace: 'default',
        uid: rsUid,
        labels: { app: 'hello-nginx', 'pod-template-hash': '75b66c865' },
        annotations: { 'deployment.kubernetes.io/desired-replicas': '4', 'deployment.kubernetes.io/max-replicas': '5', 'deployment.kubernetes.io/revision': '2' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'hello-nginx', uid: 'd', controller: true }],
      },
      spec: { replicas: 4, selector: { matchLabels: { app: 'hello-nginx', 'pod-template-hash': '75b66c865' } }, template: rsTemplate('75b66c865', 'k8s.io/k8s/hello-nginx:v3') },
      status: { replicas: 4 },
    };
    const running = nodePods.filter((p) => p.status.phase === 'Running');
    const orphan = { ...small('orphan'), metadata: { name: 'orphan' } };
    expect(describeReplicaSet(rs, { pods: [...running, orphan], events: [], now: NOW })).toBe(EXPECTED_RS);
    expect(describe('ReplicaSet', rs, { podsError: 'boom' })).toContain('Pods Status:    error in fetching pods: boom\n');
  });
});

suite('rollout history --revision template', () => {
  it('prints the Pod Template block without tabwriter alignment', () => {
    const t = rsTemplate('cb6df9486', 'k8s.io/k8s/hello-nginx:v1.3') as KubeObject;
    t.metadata.annotations = { 'kubernetes.io/change-cause': 'kubectl set image deployment/hello-nginx hello-nginx=v1.3' };
    t.spec.containers[0].env = [{ name: 'A', value: 'b' }];
    t.spec.containers[0].ports = [{ containerPort: 80, protocol: 'TCP' }];
    expect(printPodTemplate(t)).toBe(EXPECTED_HISTORY);
  });
});

const EXPECTED_NODE = `Name:               k8s-node1
Roles:              control-plane
Labels:             beta.kubernetes.io/arch=amd64
                    kubernetes.io/hostname=k8s-node1
                    kubernetes.io/os=linux
                    node-role.kubernetes.io/control-plane=
Annotations:        node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
CreationTimestamp:  Tue, 01 Jul 2025 10:00:00 +0000
Taints:             dedicated=web:NoExecute
                    node-role.kubernetes.io/control-plane:NoSchedule
Unschedulable:      false
Lease:
  HolderIdentity:  k8s-node1
  AcquireTime:     <unset>
  RenewTime:       Tue, 01 Jul 2025 12:00:05 +0000
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Tue, 01 Jul 2025 12:00:00 +0000   Tue, 01 Jul 2025 10:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  Ready            True    Tue, 01 Jul 2025 12:00:00 +0000   Tue, 01 Jul 2025 10:00:00 +0000   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  10.40.1.240
  Hostname:    k8s-node1
Capacity:
  cpu:                2
  ephemeral-storage:  61255492Ki
  example.com/gpu:    1
  hugepages-2Mi:      0
  memory:             4025140Ki
  pods:               110
Allocatable:
  cpu:                2
  ephemeral-storage:  56453061334
  example.com/gpu:    1
  hugepages-2Mi:      0
  memory:             3922740Ki
  pods:               110
System Info:
  Machine ID:                 abc123
  System UUID:                uuid-1
  Boot ID:                    boot-1
  Kernel Version:             6.8.0
  OS Image:                   Ubuntu 24.04 LTS
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  mk://0.1.0
  Kubelet Version:            v1.33.0
  Kube-Proxy Version:         
PodCIDR:                      10.244.0.0/24
PodCIDRs:                     10.244.0.0/24
Non-terminated Pods:          (6 in total)
  Namespace                   Name                            CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                            ------------  ----------  ---------------  -------------  ---
  default                     hello-nginx-75b66c865-bdttn     100m (5%)     0 (0%)      64Mi (1%)        128Mi (3%)     3m14s
  default                     hello-nginx-75b66c865-d2sxq     100m (5%)     0 (0%)      64Mi (1%)        128Mi (3%)     3m14s
  default                     hello-nginx-75b66c865-r2n9t     100m (5%)     0 (0%)      64Mi (1%)        128Mi (3%)     3m14s
  default                     hello-nginx-75b66c865-t92x7     100m (5%)     0 (0%)      64Mi (1%)        128Mi (3%)     3m14s
  default                     hello-nginx-6876d8c444-fvk78    250m (12%)    0 (0%)      128974848 (3%)   256Mi (6%)     93s
  default                     hello-nginx-75b66c865-zzzzz     100m (5%)     0 (0%)      64Mi (1%)        128Mi (3%)     3m14s
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests     Limits
  --------           --------     ------
  cpu                750m (37%)   0 (0%)
  memory             443Mi (11%)  896Mi (23%)
  ephemeral-storage  0 (0%)       0 (0%)
  hugepages-2Mi      0 (0%)       0 (0%)
  example.com/gpu    0            0
Events:              <none>
`;
const EXPECTED_NAMESPACE = `Name:         default
Labels:       kubernetes.io/metadata.name=default
Annotations:  <none>
Status:       Active

Resource Quotas
  Name:    compute
  Scopes:  NotTerminating
  * Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.
  Resource       Used  Hard
  --------       ---   ---
  limits.memory  0     2Gi
  pods           4     10
  requests.cpu   500m  2

Resource Limits
 Type       Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio
 ----       --------  ---  ---  ---------------  -------------  -----------------------
 Container  cpu       -    1    250m             500m           -
`;
const EXPECTED_ENDPOINTS = `Name:         hello-nginx
Namespace:    default
Labels:       app=hello-nginx
Annotations:  <none>
Subsets:
  Addresses:          10.10.169.144,10.10.36.83,10.10.36.82,10.10.36.84
  NotReadyAddresses:  10.10.169.160
  Ports:
    Name     Port  Protocol
    ----     ----  --------
    <unset>  80    TCP
    metrics  9090  TCP

Events:  <none>
`;
const EXPECTED_SLICE = `Name:         hello-nginx-x7k2p
Namespace:    default
Labels:       endpointslice.kubernetes.io/managed-by=endpointslice-controller.k8s.io
              kubernetes.io/service-name=hello-nginx
Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2025-07-01T10:00:00Z
AddressType:  IPv4
Ports:
  Name     Port  Protocol
  ----     ----  --------
  <unset>  80    TCP
Endpoints:
  - Addresses:  10.10.169.144
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/hello-nginx-75b66c865-t92x7
    NodeName:   k8s-node1
    Zone:       <unset>
  - Addresses:  10.10.36.83
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/hello-nginx-75b66c865-bdttn
    NodeName:   k8s-node1
    Zone:       <unset>
  - Addresses:  10.10.36.82
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/hello-nginx-75b66c865-d2sxq
    NodeName:   k8s-node1
    Zone:       <unset>
  - Addresses:  10.10.36.84
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/hello-nginx-75b66c865-r2n9t
    NodeName:   k8s-node1
    Zone:       <unset>
Events:         <none>
`;
const EXPECTED_CONFIGMAP = `Name:         cfg
Namespace:    default
Labels:       <none>
Annotations:  <none>

Data
====
app.conf:
----
a=1
b=2


mode:
----
fast


BinaryData
====
blob: 5 bytes

Events:  <none>
`;
const EXPECTED_SECRET = `Name:         db
Namespace:    default
Labels:       tier=db
Annotations:  <none>

Type:  Opaque

Data
====
password:  7 bytes
username:  5 bytes
`;
const EXPECTED_RS = `Name:           hello-nginx-75b66c865
Namespace:      default
Selector:       app=hello-nginx,pod-template-hash=75b66c865
Labels:         app=hello-nginx
                pod-template-hash=75b66c865
Annotations:    deployment.kubernetes.io/desired-replicas: 4
                deployment.kubernetes.io/max-replicas: 5
                deployment.kubernetes.io/revision: 2
Controlled By:  Deployment/hello-nginx
Replicas:       4 current / 4 desired
Pods Status:    5 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  app=hello-nginx
           pod-template-hash=75b66c865
  Containers:
   hello-nginx:
    Image:         k8s.io/k8s/hello-nginx:v3
    Port:          <none>
    Host Port:     <none>
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Events:            <none>
`;
const EXPECTED_HISTORY = "Pod Template:\n  Labels:\tapp=hello-nginx\n\tpod-template-hash=cb6df9486\n  Annotations:\tkubernetes.io/change-cause: kubectl set image deployment/hello-nginx hello-nginx=v1.3\n  Containers:\n   hello-nginx:\n    Image:\tk8s.io/k8s/hello-nginx:v1.3\n    Port:\t80/TCP\n    Host Port:\t0/TCP\n    Environment:\n      A:\tb\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n";
