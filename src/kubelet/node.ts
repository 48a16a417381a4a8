// Registers a node and keeps its status current, as the kubelet's node status loop does.
import os from 'node:os';
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import { SERVER_VERSION } from '../apiserver/discovery.js';

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export function nodeObject(name: string, ip: string, control: boolean, podCIDR: string): KubeObject {
  const t = now();
  const cond = (type: string, status: string, reason: string, message: string) => ({ type, status, lastHeartbeatTime: t, lastTransitionTime: t, reason, message });
  const mem = Math.floor(os.totalmem() / 1024);
  const capacity = { cpu: String(os.cpus().length), 'ephemeral-storage': '263174212Ki', 'hugepages-2Mi': '0', memory: `${mem}Ki`, pods: '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'minikube.k8s.io/name': 'mk',
        'minikube.k8s.io/primary': String(control),
        ...(control ? { 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' } : {}),
      },
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: { podCIDR, podCIDRs: [podCIDR] },
    status: {
      capacity,
      allocatable: capacity,
      conditions: [
        cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: 'mk',
        systemUUID: 'mk',
        bootID: 'mk',
        kernelVersion: os.release(),
        osImage: 'mk (process runtime)',
        containerRuntimeVersion: `mk://${process.versions.node}`,
        kubeletVersion: SERVER_VERSION.gitVersion,
        kubeProxyVersion: SERVER_VERSION.gitVersion,
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };
}

/** Creates or refreshes the node object; the Ready condition's heartbeat is the kubelet's liveness. */
export async function registerNode(client: ApiClient, node: KubeObject): Promise<KubeObject> {
  try {
    return await client.create(R.nodes, undefined, node);
  } catch (e) {
    if ((e as { code?: number }).code !== 409) throw e;
    const current = await client.get(R.nodes, undefined, node.metadata.name!);
    const next = { ...current, status: node.status };
    return client.update(R.nodes, undefined, next, { subresource: 'status' });
  }
}

const HEARTBEAT_MS = 10_000;

/** Refreshes the node's Ready condition heartbeat, as the kubelet's node status loop does. */
/** MicroTime, as the kubelet stamps its Lease. */
const microNow = () => new Date().toISOString().replace(/Z$/, '000Z');

/** The node's Lease in kube-node-lease: what the node lifecycle (and `describe node`) reads. */
async function renewLease(client: ApiClient, node: KubeObject): Promise<void> {
  const name = node.metadata.name!;
  try {
    const lease = await client.get(R.leases, 'kube-node-lease', name);
    await client.update(R.leases, 'kube-node-lease', { ...lease, spec: { ...lease.spec, renewTime: microNow() } });
  } catch (e) {
    if ((e as { code?: number }).code !== 404) throw e;
    await client.create(R.leases, 'kube-node-lease', {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name, namespace: 'kube-node-lease', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: node.metadata.uid! }] },
      spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: microNow() },
    });
  }
}

export function startHeartbeat(client: ApiClient, nodeName: string, intervalMs = HEARTBEAT_MS): { stop(): void } {
  const beat = async () => {
    try {
      const node = await client.get(R.nodes, undefined, nodeName);
      const t = now();
      const conditions = ((node.status?.conditions ?? []) as KubeObject[]).map((c) => ({ ...c, lastHeartbeatTime: t }));
      await client.update(R.nodes, undefined, { ...node, status: { ...node.status, conditions } }, { subresource: 'status' });
      await renewLease(client, node);
    } catch {
      // the next beat tries again
    }
  };
  const timer = setInterval(() => void beat(), intervalMs);
  timer.unref();
  void client.get(R.nodes, undefined, nodeName).then((n) => renewLease(client, n)).catch(() => undefined);
  return { stop: () => clearInterval(timer) };
}
