// A pod's volumes on this node: set up once per pod under `<pod dir>/volumes/<plugin>/<name>/`
// (the kubelet's layout, e.g. kubernetes.io~configmap), before any of its containers starts,
// and kept up to date while the pod runs. A volume that cannot be set up (a ConfigMap or
// Secret that does not exist, a missing key, a hostPath of the wrong type) holds every
// container in ContainerCreating with a FailedMount event; the kubelet's ConfigMap and Secret
// watch retries it when the object appears, and rewrites mounted volumes when it changes.
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { R } from '../client/interface.js';
import type { ApiClient } from '../client/interface.js';
import type { KubeObject } from '../client/types.js';
import { writeAtomic, type Payload } from './volumes-atomic-writer.js';
import { aggregate, configMapData, DEFAULT_MODE, downwardPayload, keyedPayload, secretData, serviceAccountToken, type SourceData } from './volumes-payload.js';
import { linkVolumeMounts, mountMap, type MountingContainer, type VolumeLocation } from './volumes-mounts.js';
import { claimHostDir, ClaimNotReadyError } from './volumes-pvc.js';

export type SourceKind = 'configmap' | 'secret';

/** Plugin directory names under `volumes/`, as the kubelet names them. */
const PLUGIN_DIR: Record<string, string> = {
  emptyDir: 'kubernetes.io~empty-dir',
  configMap: 'kubernetes.io~configmap',
  secret: 'kubernetes.io~secret',
  downwardAPI: 'kubernetes.io~downward-api',
  projected: 'kubernetes.io~projected',
};
const ATOMIC = new Set(['configMap', 'secret', 'downwardAPI', 'projected']);
/** After an API error other than "not found", try again this soon. */
const TRANSIENT_RETRY_MS = 5000;

/** The volume source field of a v1.Volume (its one key besides `name`). */
export function volumeType(v: KubeObject): string {
  return Object.keys(v).find((k) => k !== 'name') ?? 'emptyDir';
}

class TransientError extends Error {}

/** What the pod needs from the node: the API and a place for its FailedMount events. */
export interface VolumeHost {
  client: ApiClient;
  podDir: string;
  warn(reason: string, message: string): void;
}

export interface SetUpResult {
  ready: boolean;
  /** set after an API error: setUp should run again after this long */
  retryMs?: number;
}

export class PodVolumes {
  private mounted = new Map<string, VolumeLocation>();
  /** bumped whenever something a failed setUp depends on may have changed */
  private generation = 0;
  private failed?: { generation: number; at: number; transient: boolean };
  private done = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private host: VolumeHost) {}

  /** Whether every volume of the pod is set up. */
  get ready(): boolean {
    return this.done;
  }

  /** One operation at a time: setUp and watch-driven updates touch the same directories. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Something a failed mount depends on changed: the next setUp tries again. */
  invalidate(): void {
    this.generation++;
  }

  /** Sets up the volumes not set up yet; reports each failure once per generation. */
  setUp(pod: KubeObject): Promise<SetUpResult> {
    return this.serial(async () => {
      const gen = this.generation;
      const f = this.failed;
      if (f && f.generation === gen && !(f.transient && Date.now() - f.at >= TRANSIENT_RETRY_MS)) return { ready: false, retryMs: f.transient ? TRANSIENT_RETRY_MS : undefined };
      const failures: string[] = [];
      let transient = false;
      for (const v of (pod.spec?.volumes ?? []) as KubeObject[]) {
        if (this.mounted.has(v.name)) continue;
        try {
          this.mounted.set(v.name, await this.mount(pod, v));
        } catch (e) {
          transient ||= e instanceof TransientError || e instanceof ClaimNotReadyError;
          failures.push(`MountVolume.SetUp failed for volume "${v.name}" : ${(e as Error).message}`);
        }
      }
      if (!failures.length) {
        this.failed = undefined;
        this.done = true;
        return { ready: true };
      }
      this.failed = { generation: gen, at: Date.now(), transient };
      for (const message of failures) this.host.warn('FailedMount', message);
      return { ready: false, retryMs: transient ? TRANSIENT_RETRY_MS : undefined };
    });
  }

  /** Rewrites the set-up volumes that `affects` selects (all by default) from fresh data. */
  refresh(pod: KubeObject, affects: (v: KubeObject) => boolean = () => true): Promise<void> {
    return this.serial(async () => {
      for (const v of (pod.spec?.volumes ?? []) as KubeObject[]) {
        const loc = this.mounted.get(v.name);
        if (!loc?.atomic || !affects(v)) continue;
        try {
          writeAtomic(loc.hostDir, await this.payload(pod, v));
        } catch (e) {
          this.host.warn('FailedMount', `MountVolume.SetUp failed for volume "${v.name}" : ${(e as Error).message}`);
        }
      }
    });
  }

  /** Where a set-up volume is, by name. */
  location(name: string): VolumeLocation | undefined {
    return this.mounted.get(name);
  }

  /** Container path → host path of the container's mounts (for MK_MOUNTS). */
  mountMap(container: MountingContainer, vars: Record<string, string> = {}): Record<string, string> {
    return mountMap(container, (n) => this.location(n), vars);
  }

  /** Links the container's volumeMounts into its freshly prepared root. */
  linkInto(root: string, container: MountingContainer, vars: Record<string, string> = {}): void {
    linkVolumeMounts(root, container, (n) => this.location(n), vars);
  }

  private async mount(pod: KubeObject, v: KubeObject): Promise<VolumeLocation> {
    const type = volumeType(v);
    if (type === 'hostPath') return { hostDir: checkHostPath(v.hostPath), atomic: false };
    if (type === 'persistentVolumeClaim') {
      const hostDir = await claimHostDir(this.host.client, pod.metadata.namespace ?? 'default', v.persistentVolumeClaim.claimName, checkHostPath);
      if (hostDir) return { hostDir, atomic: false };
    }
    const dir = join(this.host.podDir, 'volumes', PLUGIN_DIR[type] ?? `kubernetes.io~${type.toLowerCase()}`, v.name);
    if (!ATOMIC.has(type)) {
      // emptyDir (and, in mk, any other type): a directory anyone in the pod may write
      mkdirSync(dir, { recursive: true });
      chmodSync(dir, 0o777);
      return { hostDir: dir, atomic: false };
    }
    const payload = await this.payload(pod, v);
    mkdirSync(dir, { recursive: true });
    writeAtomic(dir, payload);
    return { hostDir: dir, atomic: true };
  }

  /** A ConfigMap's or Secret's bytes; undefined when it does not exist. */
  private async fetch(kind: SourceKind, namespace: string, name: string): Promise<SourceData> {
    try {
      const obj = await this.host.client.get(kind === 'configmap' ? R.configmaps : R.secrets, namespace, name);
      return kind === 'configmap' ? configMapData(obj) : secretData(obj);
    } catch (e) {
      if ((e as { code?: number }).code === 404) return undefined;
      throw new TransientError(`failed to get ${kind} ${namespace}/${name}: ${(e as Error).message}`);
    }
  }

  /** The files of a keyed source; a missing object is an error unless optional. */
  private async keyed(kind: SourceKind, namespace: string, src: KeyToPathSource, name: string, defaultMode: number): Promise<Payload> {
    const data = await this.fetch(kind, namespace, name);
    const optional = src.optional === true;
    if (!data && !optional) throw new Error(`${kind} "${name}" not found`);
    return keyedPayload(kind, src.items, data, defaultMode, optional);
  }

  private async payload(pod: KubeObject, v: KubeObject): Promise<Payload> {
    const ns = pod.metadata.namespace ?? 'default';
    if (v.configMap) return this.keyed('configmap', ns, v.configMap, v.configMap.name ?? '', v.configMap.defaultMode ?? DEFAULT_MODE);
    if (v.secret) return this.keyed('secret', ns, v.secret, v.secret.secretName ?? '', v.secret.defaultMode ?? DEFAULT_MODE);
    if (v.downwardAPI) return downwardPayload(v.downwardAPI.items, pod, v.downwardAPI.defaultMode ?? DEFAULT_MODE);
    // projected: the sources' files together, every source's error in one aggregate
    const mode: number = v.projected?.defaultMode ?? DEFAULT_MODE;
    const out: Payload = new Map();
    const errors: string[] = [];
    for (const s of (v.projected?.sources ?? []) as KubeObject[]) {
      try {
        let part: Payload = new Map();
        if (s.configMap) part = await this.keyed('configmap', ns, s.configMap, s.configMap.name ?? '', mode);
        else if (s.secret) part = await this.keyed('secret', ns, s.secret, s.secret.name ?? '', mode);
        else if (s.downwardAPI) part = downwardPayload(s.downwardAPI.items, pod, mode);
        else if (s.serviceAccountToken) part.set(s.serviceAccountToken.path, { data: Buffer.from(serviceAccountToken(pod, s.serviceAccountToken)), mode });
        for (const [p, f] of part) out.set(p, f);
      } catch (e) {
        if (e instanceof TransientError) throw e;
        errors.push((e as Error).message);
      }
    }
    if (errors.length) throw new Error(aggregate(errors));
    return out;
  }
}

interface KeyToPathSource {
  items?: { key: string; path: string; mode?: number }[];
  optional?: boolean;
}

/** The hostPath type check (pkg/volume/hostpath checkType), creating what *OrCreate asks for. */
export function checkHostPath(src: { path: string; type?: string }): string {
  const p = src.path;
  const stat = () => {
    try {
      return statSync(p);
    } catch {
      return undefined;
    }
  };
  let st = stat();
  const fail = (what: string) => new Error(`hostPath type check failed: ${p} is not ${what}`);
  switch (src.type ?? '') {
    case 'DirectoryOrCreate':
      if (!st) {
        mkdirSync(p, { recursive: true, mode: 0o755 });
        st = stat();
      }
    // falls through
    case 'Directory':
      if (!st?.isDirectory()) throw fail('a directory');
      break;
    case 'FileOrCreate':
      if (!st) {
        closeSync(openSync(p, 'a', 0o644));
        st = stat();
      }
    // falls through
    case 'File':
      if (!st?.isFile()) throw fail('a file');
      break;
    case 'Socket':
      if (!st?.isSocket()) throw fail('a socket file');
      break;
    case 'CharDevice':
      if (!st?.isCharacterDevice()) throw fail('a character device');
      break;
    case 'BlockDevice':
      if (!st?.isBlockDevice()) throw fail('a block device');
      break;
  }
  return p;
}

/** Whether the pod mounts the ConfigMap or Secret `name` (directly or in a projected volume). */
export function podReferences(pod: KubeObject, kind: SourceKind, name: string): boolean {
  for (const v of (pod.spec?.volumes ?? []) as KubeObject[]) if (volumeReferences(v, kind, name)) return true;
  return false;
}

export function volumeReferences(v: KubeObject, kind: SourceKind, name: string): boolean {
  if (kind === 'configmap' && v.configMap?.name === name) return true;
  if (kind === 'secret' && v.secret?.secretName === name) return true;
  for (const s of (v.projected?.sources ?? []) as KubeObject[]) {
    if (kind === 'configmap' && s.configMap?.name === name) return true;
    if (kind === 'secret' && s.secret?.name === name) return true;
  }
  return false;
}

/** Whether a volume shows pod metadata (labels and annotations can change while it runs). */
export function volumeShowsPodMetadata(v: KubeObject): boolean {
  return !!v.downwardAPI || ((v.projected?.sources ?? []) as KubeObject[]).some((s) => s.downwardAPI);
}
