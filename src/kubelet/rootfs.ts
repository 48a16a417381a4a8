// A container's filesystem: a fresh directory per container start, holding the image's files
// (images/image-files.ts) and the kubelet-managed /etc/hosts, /etc/hostname, /etc/resolv.conf.
// Without root there is no chroot or mount namespace, so container paths live *relative to this
// root*: the process and `kubectl exec` start in the image's WORKDIR under it (for every built-in
// image that is the root itself), so `cat server.js` or `cat usr/share/nginx/html/index.html`
// work, while an absolute path such as /usr/share/nginx/html still names the host's.
import { chmodSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KubeObject } from '../client/types.js';
import type { ResolvedImage } from './images/catalog.js';
import { imageFilesystem } from './images/image-files.js';

export interface ContainerRoot {
  /** host directory standing for the container's "/" */
  root: string;
  /** host directory of the image's WORKDIR */
  cwd: string;
}

const CLUSTER_DOMAIN = 'cluster.local';
const CLUSTER_DNS = '10.96.0.10';

/** The host path of a container path under `root`. */
export const hostPath = (root: string, containerPath: string): string => join(root, containerPath.replace(/^\/+/, ''));

/** The kubelet's managed hosts file (kubelet_pods.go managedHostsFileContent). */
export function managedHosts(pod: KubeObject, podIP: string): string {
  const hostname: string = pod.spec?.hostname || pod.metadata.name;
  const sub: string | undefined = pod.spec?.subdomain;
  let out = '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' +
    'fe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';
  out += sub ? `${podIP}\t${hostname}.${sub}.${pod.metadata.namespace ?? 'default'}.svc.${CLUSTER_DOMAIN}\t${hostname}\n` : `${podIP}\t${hostname}\n`;
  const aliases = (pod.spec?.hostAliases ?? []) as { ip: string; hostnames?: string[] }[];
  if (aliases.length) {
    out += '\n# Entries added by HostAliases.\n';
    for (const a of aliases) out += `${a.ip}\t${(a.hostnames ?? []).join('\t')}\n`;
  }
  return out;
}

/** resolv.conf for dnsPolicy ClusterFirst: the cluster DNS service and the search path. */
export function clusterResolvConf(namespace: string): string {
  return `nameserver ${CLUSTER_DNS}\nsearch ${namespace}.svc.${CLUSTER_DOMAIN} svc.${CLUSTER_DOMAIN} ${CLUSTER_DOMAIN}\noptions ndots:5\n`;
}

/**
 * Builds the container's root under `containerDir` (replacing what an earlier run left: a
 * restarted container starts from its image again) and returns it with the WORKDIR.
 */
export function prepareRootfs(containerDir: string, img: ResolvedImage, pod: KubeObject, podIP: string): ContainerRoot {
  const root = join(containerDir, 'rootfs');
  rmSync(root, { recursive: true, force: true });
  const fs = imageFilesystem(img);
  for (const d of ['/etc', '/root', '/tmp', ...fs.dirs]) mkdirSync(hostPath(root, d), { recursive: true });
  chmodSync(hostPath(root, '/tmp'), 0o1777);
  for (const f of fs.files) {
    const p = hostPath(root, f.path);
    mkdirSync(dirname(p), { recursive: true });
    if (f.symlink !== undefined) {
      symlinkSync(f.symlink, p);
      continue;
    }
    writeFileSync(p, f.content ?? '', { mode: f.mode ?? 0o644 });
    if (f.mtime) utimesSync(p, f.mtime, f.mtime);
  }
  const hostname: string = pod.spec?.hostname || pod.metadata.name;
  writeFileSync(hostPath(root, '/etc/hosts'), managedHosts(pod, podIP));
  writeFileSync(hostPath(root, '/etc/hostname'), `${hostname}\n`);
  writeFileSync(hostPath(root, '/etc/resolv.conf'), clusterResolvConf(pod.metadata.namespace ?? 'default'));
  const cwd = hostPath(root, fs.workdir);
  mkdirSync(cwd, { recursive: true });
  return { root, cwd };
}
