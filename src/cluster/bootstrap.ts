// The objects a new cluster starts with: system namespaces, the kubernetes service, the
// default StorageClass, nodes.
import type { ApiClient } from '../client/interface.js';
import { R } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import { ApiError } from '../client/http-client.js';
import { StatusError } from '../apiserver/errors.js';

const isConflict = (e: unknown) => (e instanceof StatusError || e instanceof ApiError) && e.code === 409;

async function ensure(client: ApiClient, res: typeof R.namespaces, ns: string | undefined, obj: KubeObject): Promise<void> {
  try {
    await client.create(res, ns, obj);
  } catch (e) {
    if (!isConflict(e)) throw e;
  }
}

export const nodeName = (i: number): string => (i === 0 ? 'mk' : `mk-m${String(i + 1).padStart(2, '0')}`);
/** Node i answers on its own loopback address: 127.0.0.1, 127.0.0.2, ... */
export const nodeIP = (i: number): string => `127.0.0.${i + 1}`;

export async function bootstrap(client: ApiClient): Promise<void> {
  for (const name of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
    await ensure(client, R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } } });
  }
  await ensure(client, R.services, 'default', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], sessionAffinity: 'None', type: 'ClusterIP' },
  });
  // minikube's default-storageclass addon (deploy/addons/storageclass/storageclass.yaml)
  await ensure(client, R.storageclasses, undefined, {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: 'standard',
      annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
      labels: { 'addonmanager.kubernetes.io/mode': 'EnsureExists' },
    },
    provisioner: 'k8s.io/minikube-hostpath',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'Immediate',
  });
}
