// `kubectl describe pod`: full output for a pod using most container features, checked
// against kubectl 1.33 run on the same objects (ages aside, which depend on the clock).
process.env.TZ = 'UTC';
import { describe as suite, expect, it } from 'vitest';
import type { KubeObject } from '../../src/client/types.js';
import { describePod } from '../../src/cli/describe/index.js';

const NOW = Date.parse('2025-07-01T12:05:00Z');
const ago = (s: number): string => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');

function failingPod(): KubeObject {
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      name: 'hello-nginx-6876d8c444-fvk78',
      namespace: 'default',
      uid: 'f1',
      creationTimestamp: ago(93),
      labels: { app: 'hello-nginx', 'pod-template-hash': '6876d8c444' },
      annotations: { 'example.com/long': 'x'.repeat(150), 'example.com/multi': 'line one\nline two\n', 'example.com/short': 'yes' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'hello-nginx-6876d8c444', uid: 'r9', controller: true }],
    },
    spec: {
      nodeName: 'k8s-node1',
      serviceAccountName: 'default',
      priority: 0,
      initContainers: [
        { name: 'init-perms', image: 'busybox:1.36', command: ['sh', '-c', 'chmod 777 /data\necho done'], volumeMounts: [{ name: 'data', mountPath: '/data' }] },
      ],
      containers: [
        {
          name: 'hello-nginx',
          image: 'k8s.io/k8s/hello-nginx:v1.5',
          args: ['--port=80', '--verbose'],
          ports: [
            { containerPort: 80, protocol: 'TCP', name: 'http' },
            { containerPort: 9090, hostPort: 9090, protocol: 'UDP' },
          ],
          env: [
            { name: 'PLAIN', value: 'hello' },
            { name: 'MULTI', value: 'a\nb' },
            { name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
            { name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } },
            { name: 'CPU_LIMIT', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '0' } } },
            { name: 'MEM_REQ', valueFrom: { resourceFieldRef: { resource: 'requests.memory', divisor: '1Mi' } } },
            { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
            { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'mode', optional: true } } },
          ],
          envFrom: [{ configMapRef: { name: 'cfg' } }, { prefix: 'S_', secretRef: { name: 'db', optional: true } }],
          resources: { limits: { memory: '256Mi' }, requests: { cpu: '0.25', memory: '128974848' } },
          livenessProbe: { httpGet: { path: '/healthz', port: 80, scheme: 'HTTP' }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
          readinessProbe: { tcpSocket: { port: 'http' }, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 },
          startupProbe: { exec: { command: ['cat', '/tmp/ready'] }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 30 },
          volumeMounts: [
            { name: 'data', mountPath: '/data' },
            { name: 'cfg', mountPath: '/etc/cfg', readOnly: true, subPath: 'app.conf' },
            { name: 'kube-api-access-abcde', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true },
          ],
        },
      ],
      volumes: [
        { name: 'data', emptyDir: {} },
        { name: 'cfg', configMap: { name: 'cfg', defaultMode: 420 } },
        { name: 'host', hostPath: { path: '/var/log', type: 'Directory' } },
        { name: 'sec', secret: { secretName: 'db', optional: true } },
        { name: 'claim', persistentVolumeClaim: { claimName: 'data-claim' } },
        {
          name: 'kube-api-access-abcde',
          projected: {
            sources: [
              { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
              { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
              { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
            ],
          },
        },
      ],
      nodeSelector: { 'kubernetes.io/os': 'linux', disk: 'ssd' },
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { operator: 'Exists' },
        { key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' },
      ],
    },
    status: {
      phase: 'Pending',
      hostIP: '10.40.1.240',
      podIP: '10.10.169.160',
      podIPs: [{ ip: '10.10.169.160' }],
      startTime: ago(93),
      qosClass: 'Burstable',
      conditions: ['PodReadyToStartContainers:True', 'Initialized:True', 'Ready:False', 'ContainersReady:False', 'PodScheduled:True'].map((c) => {
        const [type, status] = c.split(':');
        return { type, status, lastTransitionTime: ago(92) };
      }),
      initContainerStatuses: [
        {
          name: 'init-perms',
          ready: true,
          restartCount: 0,
          imageID: 'docker.io/library/busybox@sha256:abc',
          containerID: 'containerd://111',
          state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: ago(92), finishedAt: ago(92) } },
        },
      ],
      containerStatuses: [
        {
          name: 'hello-nginx',
          ready: false,
          restartCount: 2,
          imageID: '',
          state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image' } },
          lastState: { terminated: { exitCode: 137, signal: 9, reason: 'Error', message: 'killed', startedAt: ago(80), finishedAt: ago(70) } },
        },
      ],
    },
  };
}

const scheduled = (pod: KubeObject): KubeObject => ({
  metadata: { name: 'e1' },
  type: 'Normal',
  reason: 'Scheduled',
  message: `Successfully assigned default/${pod.metadata.name} to k8s-node1`,
  reportingComponent: 'default-scheduler',
  eventTime: new Date(NOW - 93_000).toISOString(),
});

suite('describe pod', () => {
  it('renders init/app containers, env forms, probes, volumes, QoS, tolerations and events', () => {
    const pod = failingPod();
    expect(describePod(pod, { events: [scheduled(pod)], now: NOW })).toBe(EXPECTED_FAILING);
  });

  it('omits Events without an events list and prints <none> for an empty one', () => {
    const pod = failingPod();
    expect(describePod(pod, { now: NOW })).not.toContain('Events:');
    expect(describePod(pod, { events: [], now: NOW }).endsWith('                             node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\nEvents:                      <none>\n')).toBe(true);
  });

  it('shows Terminating with the time since the deletion deadline (<invalid> before it)', () => {
    const pod = failingPod();
    pod.metadata.deletionGracePeriodSeconds = 30;
    pod.metadata.deletionTimestamp = ago(5);
    expect(describePod(pod, { now: NOW })).toContain('Status:                    Terminating (lasts 5s)\nTermination Grace Period:  30s\n');
    pod.metadata.deletionTimestamp = ago(-25);
    expect(describePod(pod, { now: NOW })).toContain('Status:                    Terminating (lasts <invalid>)\n');
    pod.status.phase = 'Succeeded';
    expect(describePod(pod, { now: NOW })).toContain('Status:           Succeeded\n');
  });

  it('prints an unscheduled best-effort pod', () => {
    const pod: KubeObject = {
      metadata: { name: 'p', namespace: 'ns' },
      spec: { containers: [{ name: 'c', image: 'busybox' }] },
      status: { phase: 'Pending' },
    };
    expect(describePod(pod, { events: [], now: NOW })).toBe(`Name:         p
Namespace:    ns
Node:         <none>
Labels:       <none>
Annotations:  <none>
Status:       Pending
IP:           
IPs:          <none>
Containers:
  c:
    Image:        busybox
    Port:         <none>
    Host Port:    <none>
    Environment:  <none>
    Mounts:       <none>
Volumes:          <none>
QoS Class:        BestEffort
Node-Selectors:   <none>
Tolerations:      <none>
Events:           <none>
`);
  });
});

const EXPECTED_FAILING = `Name:             hello-nginx-6876d8c444-fvk78
Namespace:        default
Priority:         0
Service Account:  default
Node:             k8s-node1/10.40.1.240
Start Time:       Tue, 01 Jul 2025 12:03:27 +0000
Labels:           app=hello-nginx
                  pod-template-hash=6876d8c444
Annotations:      example.com/long:
                    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
                  example.com/multi:
                    line one
                    line two
                  example.com/short: yes
Status:           Pending
IP:               10.10.169.160
IPs:
  IP:           10.10.169.160
Controlled By:  ReplicaSet/hello-nginx-6876d8c444
Init Containers:
  init-perms:
    Container ID:  containerd://111
    Image:         busybox:1.36
    Image ID:      docker.io/library/busybox@sha256:abc
    Port:          <none>
    Host Port:     <none>
    Command:
      sh
      -c
      chmod 777 /data
      echo done
    State:          Terminated
      Reason:       Completed
      Exit Code:    0
      Started:      Tue, 01 Jul 2025 12:03:28 +0000
      Finished:     Tue, 01 Jul 2025 12:03:28 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /data from data (rw)
Containers:
  hello-nginx:
    Container ID:  
    Image:         k8s.io/k8s/hello-nginx:v1.5
    Image ID:      
    Ports:         80/TCP, 9090/UDP
    Host Ports:    0/TCP, 9090/UDP
    Args:
      --port=80
      --verbose
    State:          Waiting
      Reason:       ImagePullBackOff
    Last State:     Terminated
      Reason:       Error
      Message:      killed
      Exit Code:    137
      Signal:       9
      Started:      Tue, 01 Jul 2025 12:03:40 +0000
      Finished:     Tue, 01 Jul 2025 12:03:50 +0000
    Ready:          False
    Restart Count:  2
    Limits:
      memory:  256Mi
    Requests:
      cpu:      250m
      memory:   128974848
    Liveness:   http-get http://:80/healthz delay=5s timeout=1s period=10s #success=1 #failure=3
    Readiness:  tcp-socket :http delay=0s timeout=1s period=5s #success=1 #failure=3
    Startup:    exec [cat /tmp/ready] delay=0s timeout=1s period=10s #success=1 #failure=30
    Environment Variables from:
      cfg  ConfigMap                Optional: false
      db   Secret with prefix 'S_'  Optional: true
    Environment:
      PLAIN:      hello
      MULTI:      a
                  b
      POD_NAME:   hello-nginx-6876d8c444-fvk78 (v1:metadata.name)
      NODE_NAME:   (v1:spec.nodeName)
      CPU_LIMIT:  node allocatable (limits.cpu)
      MEM_REQ:    123 (requests.memory)
      PASSWORD:   <set to the key 'password' in secret 'db'>   Optional: false
      MODE:       <set to the key 'mode' of config map 'cfg'>  Optional: true
    Mounts:
      /data from data (rw)
      /etc/cfg from cfg (ro,path="app.conf")
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-abcde (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       False 
  ContainersReady             False 
  PodScheduled                True 
Volumes:
  data:
    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:     
    SizeLimit:  <unset>
  cfg:
    Type:      ConfigMap (a volume populated by a ConfigMap)
    Name:      cfg
    Optional:  false
  host:
    Type:          HostPath (bare host directory volume)
    Path:          /var/log
    HostPathType:  Directory
  sec:
    Type:        Secret (a volume populated by a Secret)
    SecretName:  db
    Optional:    true
  claim:
    Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
    ClaimName:  data-claim
    ReadOnly:   false
  kube-api-access-abcde:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    Optional:                false
    DownwardAPI:             true
QoS Class:                   Burstable
Node-Selectors:              disk=ssd
                             kubernetes.io/os=linux
Tolerations:                 op=Exists
                             dedicated=web:NoSchedule
                             node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age   From               Message
  ----    ------     ----  ----               -------
  Normal  Scheduled  93s   default-scheduler  Successfully assigned default/hello-nginx-6876d8c444-fvk78 to k8s-node1
`;
