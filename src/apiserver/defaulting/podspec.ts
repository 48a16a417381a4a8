// SetDefaults_PodSpec, _Container, _Probe, _HTTPGetAction, _Volume and _ResourceList
// (pkg/apis/core/v1/defaults.go) for pods and pod templates.
import { formatQuantity, parseQuantity } from '../../cli/describe/quantity.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const unset = (v: unknown): boolean => v === undefined || v === null || v === '';

/** parsers.ParseImageName's tag: "latest" when neither tag nor digest is given. */
export function imageTag(image: string): string | undefined {
  if (!image || image !== image.trim()) return undefined;
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > lastSlash ? name.slice(colon + 1) : '';
  const repo = colon > lastSlash ? name.slice(0, colon) : name;
  // an unparsable reference yields no tag at all (docker's name grammar is lower case)
  const path = lastSlash >= 0 && /[.:]|^localhost$/.test(repo.slice(0, repo.indexOf('/'))) ? repo.slice(repo.indexOf('/') + 1) : repo;
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path)) return undefined;
  if (tag && !/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  if (!tag && at < 0) return 'latest';
  return tag;
}

function defaultHTTPGet(h: Obj | undefined): void {
  if (!h) return;
  if (unset(h.path)) h.path = '/';
  if (unset(h.scheme)) h.scheme = 'HTTP';
}

function defaultProbe(p: Obj | undefined): void {
  if (!p) return;
  if (!p.timeoutSeconds) p.timeoutSeconds = 1;
  if (!p.periodSeconds) p.periodSeconds = 10;
  if (!p.successThreshold) p.successThreshold = 1;
  if (!p.failureThreshold) p.failureThreshold = 3;
  defaultHTTPGet(p.httpGet);
}

/** Quantities are stored in canonical form, rounded up to milli units. */
export function defaultResourceList(list: Obj | undefined): void {
  if (!list) return;
  for (const [k, v] of Object.entries(list)) {
    const q = parseQuantity(v as string);
    if (!q) continue;
    if (q.scale < -3) {
      const div = 10n ** BigInt(-3 - q.scale);
      const neg = q.num < 0n;
      const abs = neg ? -q.num : q.num;
      const n = abs / div + (abs % div !== 0n ? 1n : 0n);
      q.num = neg ? -n : n;
      q.scale = -3;
    }
    list[k] = formatQuantity(q);
  }
}

function defaultContainer(c: Obj): void {
  if (unset(c.imagePullPolicy)) c.imagePullPolicy = imageTag(String(c.image ?? '')) === 'latest' ? 'Always' : 'IfNotPresent';
  if (unset(c.terminationMessagePath)) c.terminationMessagePath = '/dev/termination-log';
  if (unset(c.terminationMessagePolicy)) c.terminationMessagePolicy = 'File';
  // resources is a struct in Go: it is always there
  if (!c.resources || typeof c.resources !== 'object') c.resources = {};
  defaultResourceList(c.resources.limits);
  defaultResourceList(c.resources.requests);
  for (const p of c.ports ?? []) if (unset(p.protocol)) p.protocol = 'TCP';
  for (const e of c.env ?? []) if (e.valueFrom?.fieldRef && unset(e.valueFrom.fieldRef.apiVersion)) e.valueFrom.fieldRef.apiVersion = 'v1';
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  defaultHTTPGet(c.lifecycle?.postStart?.httpGet);
  defaultHTTPGet(c.lifecycle?.preStop?.httpGet);
}

const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos', 'csi',
  'ephemeral', 'image',
];

function defaultVolume(v: Obj): void {
  if (!VOLUME_SOURCES.some((k) => v[k] !== undefined && v[k] !== null)) v.emptyDir = {};
  if (v.hostPath && v.hostPath.type === undefined) v.hostPath.type = '';
  for (const k of ['secret', 'configMap', 'downwardAPI', 'projected']) if (v[k] && (v[k].defaultMode === undefined || v[k].defaultMode === null)) v[k].defaultMode = 420;
  for (const item of v.downwardAPI?.items ?? []) if (item.fieldRef && unset(item.fieldRef.apiVersion)) item.fieldRef.apiVersion = 'v1';
  for (const src of v.projected?.sources ?? []) {
    if (src.serviceAccountToken && src.serviceAccountToken.expirationSeconds === undefined) src.serviceAccountToken.expirationSeconds = 3600;
    for (const item of src.downwardAPI?.items ?? []) if (item.fieldRef && unset(item.fieldRef.apiVersion)) item.fieldRef.apiVersion = 'v1';
  }
}

/** What every PodSpec gets, in pods and in templates alike. */
export function defaultPodSpec(spec: Obj | undefined): void {
  if (!spec) return;
  if (unset(spec.dnsPolicy)) spec.dnsPolicy = 'ClusterFirst';
  if (unset(spec.restartPolicy)) spec.restartPolicy = 'Always';
  if (!spec.securityContext) spec.securityContext = {};
  if (spec.terminationGracePeriodSeconds === undefined || spec.terminationGracePeriodSeconds === null) spec.terminationGracePeriodSeconds = 30;
  if (unset(spec.schedulerName)) spec.schedulerName = 'default-scheduler';
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? []), ...(spec.ephemeralContainers ?? [])]) defaultContainer(c);
  for (const v of spec.volumes ?? []) defaultVolume(v);
}

const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

/** DefaultTolerationSeconds admission: tolerate NotReady/Unreachable nodes for 300s. */
function defaultTolerations(spec: Obj): void {
  const tolerations: Obj[] = spec.tolerations ?? [];
  const covers = (key: string) =>
    tolerations.some((t) => (t.operator === 'Exists' && !t.key) || (t.key === key && (!t.effect || t.effect === 'NoExecute')));
  const add: Obj[] = [];
  if (!covers(NOT_READY)) add.push({ effect: 'NoExecute', key: NOT_READY, operator: 'Exists', tolerationSeconds: 300 });
  if (!covers(UNREACHABLE)) add.push({ effect: 'NoExecute', key: UNREACHABLE, operator: 'Exists', tolerationSeconds: 300 });
  if (add.length) spec.tolerations = [...tolerations, ...add];
}

/** SetDefaults_Pod plus what the Priority and DefaultTolerationSeconds admission plugins add. */
export function defaultPod(pod: Obj): void {
  const spec: Obj = (pod.spec ??= {});
  defaultPodSpec(spec);
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const limits = c.resources?.limits;
    if (!limits) continue;
    c.resources.requests ??= {};
    for (const [k, v] of Object.entries(limits)) if (!(k in c.resources.requests)) c.resources.requests[k] = v;
  }
  if (spec.enableServiceLinks === undefined || spec.enableServiceLinks === null) spec.enableServiceLinks = true;
  if (spec.hostNetwork)
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) for (const p of c.ports ?? []) if (!p.hostPort) p.hostPort = p.containerPort;
  if (!spec.priorityClassName && (spec.priority === undefined || spec.priority === null)) spec.priority = 0;
  if (unset(spec.preemptionPolicy)) spec.preemptionPolicy = 'PreemptLowerPriority';
  defaultTolerations(spec);
}

/** A template's metadata is a Go struct: it and its null creationTimestamp always print. */
export function defaultPodTemplate(template: Obj | undefined): void {
  if (!template) return;
  template.metadata ??= {};
  if (!('creationTimestamp' in template.metadata)) template.metadata.creationTimestamp = null;
  defaultPodSpec(template.spec);
}
