// Container validation (validateContainers / validateContainerCommon and helpers of
// pkg/apis/core/validation, Kubernetes 1.33), in upstream's order.
import { field, type FieldError } from '../errors.js';
import { goValue } from './gorepr.js';
import { isConfigMapKey, isDNS1123Label, isDNS1123Subdomain, isHTTPHeaderName, isRelaxedEnvVarName, isValidPortName, isValidPortNum } from './names.js';
import { validateResources } from './resources.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** What container checks need from the pod spec around them. */
export interface PodContext {
  grace: number | undefined;
  volumes: Set<string>;
}
const NEGATIVE = 'must be greater than or equal to 0';
const int = (v: unknown): number => (typeof v === 'number' ? v : 0);

function nonNegative(v: unknown, path: string): FieldError[] {
  return int(v) < 0 ? [field.invalid(path, v, NEGATIVE)] : [];
}

/** ValidatePortNumOrName for an IntOrString port. */
export function validatePortNumOrName(port: unknown, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((m) => field.invalid(path, port, m));
  const n = typeof port === 'number' ? port : 0;
  return isValidPortNum(n).map((m) => field.invalid(path, n, m));
}

function validatePorts(ports: Obj[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (ports ?? []).forEach((p, i) => {
    const ip = `${path}[${i}]`;
    if (p.name) {
      const msgs = isValidPortName(p.name);
      if (msgs.length) for (const m of msgs) errs.push(field.invalid(`${ip}.name`, p.name, m));
      else if (names.has(p.name)) errs.push(field.duplicate(`${ip}.name`, p.name));
      else names.add(p.name);
    }
    if (!p.containerPort) errs.push(field.required(`${ip}.containerPort`, ''));
    else for (const m of isValidPortNum(p.containerPort)) errs.push(field.invalid(`${ip}.containerPort`, p.containerPort, m));
    if (p.hostPort) for (const m of isValidPortNum(p.hostPort)) errs.push(field.invalid(`${ip}.hostPort`, p.hostPort, m));
    if (!p.protocol) errs.push(field.required(`${ip}.protocol`, ''));
    else if (!['SCTP', 'TCP', 'UDP'].includes(p.protocol)) errs.push(field.notSupported(`${ip}.protocol`, p.protocol, ['SCTP', 'TCP', 'UDP']));
  });
  return errs;
}

const ENV_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs'];
const CONVERTIBLE_FIELD_PATHS = [...ENV_FIELD_PATHS, 'metadata.annotations', 'metadata.labels', 'spec.restartPolicy', 'spec.schedulerName', 'status.phase'];
const RESOURCE_FIELD_PATHS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];

function validateFieldRef(fs: Obj, path: string): FieldError[] {
  if (!fs.apiVersion) return [field.required(`${path}.apiVersion`, '')];
  if (!fs.fieldPath) return [field.required(`${path}.fieldPath`, '')];
  const fp = String(fs.fieldPath);
  const sub = /^(metadata\.(?:annotations|labels))\['(.*)'\]$/.exec(fp) ?? /^([^[]+)\['(.*)'\]$/.exec(fp);
  let why = '';
  if (fs.apiVersion !== 'v1') why = `unsupported pod version: ${fs.apiVersion}`;
  else if (sub && !['metadata.annotations', 'metadata.labels'].includes(sub[1])) why = `field label does not support subscript: ${fp}`;
  else if (!sub && !CONVERTIBLE_FIELD_PATHS.includes(fp) && fp !== 'spec.host') why = `field label not supported: ${fp}`;
  if (why) return [field.invalid(`${path}.fieldPath`, fp, `error converting fieldPath: ${why}`)];
  if (sub) return []; // subscripted label and annotation keys are qualified names; rarely wrong
  const converted = fp === 'spec.host' ? 'spec.nodeName' : fp;
  if (!ENV_FIELD_PATHS.includes(converted)) return [field.notSupported(`${path}.fieldPath`, converted, ENV_FIELD_PATHS)];
  return [];
}

function validateKeySelector(s: Obj, path: string): FieldError[] {
  const errs = isDNS1123Subdomain(String(s.name ?? '')).map((m) => field.invalid(`${path}.name`, s.name ?? '', m));
  if (!s.key) errs.push(field.required(`${path}.key`, ''));
  else for (const m of isConfigMapKey(s.key)) errs.push(field.invalid(`${path}.key`, s.key, m));
  return errs;
}

function validateValueFrom(ev: Obj, path: string): FieldError[] {
  const vf = ev.valueFrom;
  if (!vf) return [];
  const errs: FieldError[] = [];
  let sources = 0;
  if (vf.fieldRef) {
    sources++;
    errs.push(...validateFieldRef(vf.fieldRef, `${path}.fieldRef`));
  }
  if (vf.resourceFieldRef) {
    sources++;
    const r = vf.resourceFieldRef;
    const p = `${path}.resourceFieldRef`;
    if (!r.resource) errs.push(field.required(`${p}.resource`, ''));
    else if (!RESOURCE_FIELD_PATHS.includes(r.resource) && !/^(requests|limits)\.hugepages-/.test(r.resource))
      errs.push(field.notSupported(`${p}.resource`, r.resource, RESOURCE_FIELD_PATHS));
  }
  if (vf.configMapKeyRef) {
    sources++;
    errs.push(...validateKeySelector(vf.configMapKeyRef, `${path}.configMapKeyRef`));
  }
  if (vf.secretKeyRef) {
    sources++;
    errs.push(...validateKeySelector(vf.secretKeyRef, `${path}.secretKeyRef`));
  }
  if (!sources) errs.push(field.invalid(path, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
  else if (ev.value) errs.push(field.invalid(path, '', 'may not be specified when `value` is not empty'));
  else if (sources > 1) errs.push(field.invalid(path, '', 'may not have more than one field specified at a time'));
  return errs;
}

function validateEnv(env: Obj[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (env ?? []).forEach((ev, i) => {
    const ip = `${path}[${i}]`;
    if (!ev.name) errs.push(field.required(`${ip}.name`, ''));
    else for (const m of isRelaxedEnvVarName(ev.name)) errs.push(field.invalid(`${ip}.name`, ev.name, m));
    errs.push(...validateValueFrom(ev, `${ip}.valueFrom`));
  });
  return errs;
}

function validateEnvFrom(envFrom: Obj[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (envFrom ?? []).forEach((ev, i) => {
    const ip = `${path}[${i}]`;
    if (ev.prefix) for (const m of isRelaxedEnvVarName(ev.prefix)) errs.push(field.invalid(`${ip}.prefix`, ev.prefix, m));
    let sources = 0;
    for (const kind of ['configMapRef', 'secretRef']) {
      const ref = ev[kind];
      if (!ref) continue;
      sources++;
      if (!ref.name) errs.push(field.required(`${ip}.${kind}.name`, ''));
      else for (const m of isDNS1123Subdomain(ref.name)) errs.push(field.invalid(`${ip}.${kind}.name`, ref.name, m));
    }
    if (!sources) errs.push(field.invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (sources > 1) errs.push(field.invalid(path, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}

function validateHandler(h: Obj, grace: number | undefined, path: string, allowSleep: boolean): FieldError[] {
  const errs: FieldError[] = [];
  let handlers = 0;
  const kinds = allowSleep ? ['exec', 'httpGet', 'tcpSocket', 'sleep'] : ['exec', 'httpGet', 'tcpSocket', 'grpc'];
  for (const kind of kinds) {
    const a = h[kind];
    if (!a) continue;
    if (handlers > 0) {
      errs.push(field.forbidden(`${path}.${kind}`, 'may not specify more than 1 handler type'));
      continue;
    }
    handlers++;
    const p = `${path}.${kind}`;
    if (kind === 'exec' && !(a.command ?? []).length) errs.push(field.required(`${p}.command`, ''));
    if (kind === 'httpGet') {
      if (!a.path) errs.push(field.required(`${p}.path`, ''));
      errs.push(...validatePortNumOrName(a.port, `${p}.port`));
      if (!['HTTP', 'HTTPS'].includes(a.scheme)) errs.push(field.notSupported(`${p}.scheme`, a.scheme ?? '', ['HTTP', 'HTTPS']));
      for (const hd of a.httpHeaders ?? []) for (const m of isHTTPHeaderName(String(hd.name ?? ''))) errs.push(field.invalid(`${p}.httpHeaders`, hd.name ?? '', m));
    }
    if (kind === 'tcpSocket') errs.push(...validatePortNumOrName(a.port, `${p}.port`));
    if (kind === 'grpc') errs.push(...validatePortNumOrName(int(a.port), `${p}.port`));
    if (kind === 'sleep' && (int(a.seconds) <= 0 || int(a.seconds) > (grace ?? 0)))
      errs.push(field.invalid(p, int(a.seconds), `must be greater than 0 and less than terminationGracePeriodSeconds (${grace ?? 0})`));
  }
  if (!handlers) errs.push(field.required(path, 'must specify a handler type'));
  return errs;
}

function validateProbe(probe: Obj, grace: number | undefined, path: string): FieldError[] {
  const errs = validateHandler(probe, grace, path, false);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'])
    errs.push(...nonNegative(probe[f], `${path}.${f}`));
  if (typeof probe.terminationGracePeriodSeconds === 'number' && probe.terminationGracePeriodSeconds <= 0)
    errs.push(field.invalid(`${path}.terminationGracePeriodSeconds`, probe.terminationGracePeriodSeconds, 'must be greater than 0'));
  return errs;
}

function validateProbes(c: Obj, grace: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (c.livenessProbe) {
    errs.push(...validateProbe(c.livenessProbe, grace, `${path}.livenessProbe`));
    if (int(c.livenessProbe.successThreshold) !== 1)
      errs.push(field.invalid(`${path}.livenessProbe.successThreshold`, int(c.livenessProbe.successThreshold), 'must be 1'));
  }
  if (c.readinessProbe) {
    errs.push(...validateProbe(c.readinessProbe, grace, `${path}.readinessProbe`));
    if (c.readinessProbe.terminationGracePeriodSeconds !== undefined && c.readinessProbe.terminationGracePeriodSeconds !== null)
      errs.push(field.invalid(`${path}.readinessProbe.terminationGracePeriodSeconds`, c.readinessProbe.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
  }
  if (c.startupProbe) {
    errs.push(...validateProbe(c.startupProbe, grace, `${path}.startupProbe`));
    if (int(c.startupProbe.successThreshold) !== 1)
      errs.push(field.invalid(`${path}.startupProbe.successThreshold`, int(c.startupProbe.successThreshold), 'must be 1'));
  }
  return errs;
}

function validateLifecycle(lc: Obj, grace: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (lc.postStart) errs.push(...validateHandler(lc.postStart, grace, `${path}.postStart`, true));
  if (lc.preStop) errs.push(...validateHandler(lc.preStop, grace, `${path}.preStop`, true));
  return errs;
}

function validateSecurityContext(sc: Obj | undefined, path: string): FieldError[] {
  if (!sc) return [];
  const errs: FieldError[] = [];
  for (const f of ['runAsUser', 'runAsGroup'])
    if (typeof sc[f] === 'number' && (sc[f] < 0 || sc[f] > 2147483647)) errs.push(field.invalid(`${path}.${f}`, sc[f], 'must be between 0 and 2147483647, inclusive'));
  if (sc.procMount !== undefined && !['Default', 'Unmasked'].includes(sc.procMount))
    errs.push(field.notSupported(`${path}.procMount`, sc.procMount, ['Default', 'Unmasked']));
  return errs;
}

function validateVolumeMounts(mounts: Obj[] | undefined, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const paths = new Set<string>();
  (mounts ?? []).forEach((m, i) => {
    const p = `${path}[${i}]`;
    if (!m.name) errs.push(field.required(`${p}.name`, ''));
    if (!volumes.has(m.name ?? '')) errs.push(field.notFound(`${p}.name`, m.name ?? ''));
    if (!m.mountPath) errs.push(field.required(`${p}.mountPath`, ''));
    if (paths.has(m.mountPath ?? '')) errs.push(field.invalid(`${p}.mountPath`, m.mountPath ?? '', 'must be unique'));
    paths.add(m.mountPath ?? '');
    if (m.subPath && m.subPathExpr) errs.push(field.invalid(`${p}.subPathExpr`, m.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
  });
  return errs;
}

function validateContainerCommon(c: Obj, ctx: PodContext, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(field.required(`${path}.name`, ''));
  else for (const m of isDNS1123Label(String(c.name))) errs.push(field.invalid(`${path}.name`, c.name, m));
  if (!c.image) errs.push(field.required(`${path}.image`, ''));
  const tmp = c.terminationMessagePolicy;
  if (!tmp) errs.push(field.required(`${path}.terminationMessagePolicy`, ''));
  else if (!['File', 'FallbackToLogsOnError'].includes(tmp)) errs.push(field.notSupported(`${path}.terminationMessagePolicy`, tmp, ['File', 'FallbackToLogsOnError']));
  errs.push(...validatePorts(c.ports, `${path}.ports`));
  errs.push(...validateEnv(c.env, `${path}.env`));
  errs.push(...validateEnvFrom(c.envFrom, `${path}.envFrom`));
  errs.push(...validateVolumeMounts(c.volumeMounts, ctx.volumes, `${path}.volumeMounts`));
  const ipp = c.imagePullPolicy;
  if (!ipp) errs.push(field.required(`${path}.imagePullPolicy`, ''));
  else if (!['Always', 'IfNotPresent', 'Never'].includes(ipp)) errs.push(field.notSupported(`${path}.imagePullPolicy`, ipp, ['Always', 'IfNotPresent', 'Never']));
  errs.push(...validateResources(c.resources, `${path}.resources`));
  errs.push(...validateSecurityContext(c.securityContext, `${path}.securityContext`));
  return errs;
}

/** Host ports may not repeat across the given containers (protocol/hostIP/port). */
function checkHostPorts(containers: Obj[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  containers.forEach((c, ci) => {
    (c.ports ?? []).forEach((p: Obj, pi: number) => {
      if (!p.hostPort) return;
      const key = `${p.protocol ?? ''}/${p.hostIP ?? ''}/${p.hostPort}`;
      if (seen.has(key)) errs.push(field.duplicate(`${path}[${ci}].ports[${pi}].hostPort`, key));
      else seen.add(key);
    });
  });
  return errs;
}

export function validateContainers(containers: Obj[] | undefined, ctx: PodContext, path: string): FieldError[] {
  if (!containers?.length) return [field.required(path, '')];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, ctx, p));
    if (names.has(c.name ?? '')) errs.push(field.duplicate(`${p}.name`, c.name ?? ''));
    else names.add(c.name ?? '');
    if (c.lifecycle) errs.push(...validateLifecycle(c.lifecycle, ctx.grace, `${p}.lifecycle`));
    errs.push(...validateProbes(c, ctx.grace, p));
    if (c.restartPolicy !== undefined && c.restartPolicy !== null) errs.push(field.forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'));
  });
  errs.push(...checkHostPorts(containers, path));
  return errs;
}

export function validateInitContainers(inits: Obj[] | undefined, regular: Obj[] | undefined, ctx: PodContext, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>((regular ?? []).map((c) => c.name ?? ''));
  (inits ?? []).forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, ctx, p));
    const always = c.restartPolicy === 'Always';
    if (c.restartPolicy !== undefined && c.restartPolicy !== null && !always)
      errs.push(field.notSupported(`${p}.restartPolicy`, c.restartPolicy, ['Always']));
    if (names.has(c.name ?? '')) errs.push(field.duplicate(`${p}.name`, c.name ?? ''));
    else if (c.name) names.add(c.name);
    errs.push(...checkHostPorts([c], path)); // upstream checks each init container alone, as index 0
    if (always) {
      if (c.lifecycle) errs.push(...validateLifecycle(c.lifecycle, ctx.grace, `${p}.lifecycle`));
      errs.push(...validateProbes(c, ctx.grace, p));
    } else {
      for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'])
        if (c[f]) errs.push(field.forbidden(`${p}.${f}`, 'may not be set for init containers without restartPolicy=Always'));
    }
    if ((c.resizePolicy ?? []).length) errs.push(field.invalid(`${p}.resizePolicy`, goValue('[]core.ContainerResizePolicy{...}'), 'must not be set for init containers'));
  });
  return errs;
}

/** Pod-only check (not templates): images may not carry surrounding whitespace. */
export function validateContainersOnlyForPod(containers: Obj[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (containers ?? []).forEach((c, i) => {
    const image = String(c.image ?? '');
    if (image !== image.trim()) errs.push(field.invalid(`${path}[${i}].image`, image, 'must not have leading or trailing whitespace'));
  });
  return errs;
}
