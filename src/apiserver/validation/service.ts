// ValidateService / ValidateServiceUpdate (pkg/apis/core/validation, 1.33). ClusterIPs
// are allocated after validation here, so a missing clusterIP is not an error.
import { isIP } from 'node:net';
import { field, type FieldError } from '../errors.js';
import { validatePortNumOrName } from './containers.js';
import { goStringSlice, goValue } from './gorepr.js';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidPortNum } from './names.js';
import { validateLabels } from './objectmeta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const KUBELET_PORT = 10250;

/** The strategy's NormalizeClusterIPs: clusterIPs follows clusterIP when unset. */
function clusterIPsOf(spec: Obj): string[] {
  if (Array.isArray(spec.clusterIPs) && spec.clusterIPs.length) return spec.clusterIPs;
  return spec.clusterIP ? [spec.clusterIP] : [];
}

const isHeadless = (spec: Obj): boolean => {
  const ips = clusterIPsOf(spec);
  return ips.length === 1 && ips[0] === 'None';
};

const externallyAccessible = (spec: Obj): boolean =>
  spec.type === 'LoadBalancer' || spec.type === 'NodePort' || (spec.type === 'ClusterIP' && (spec.externalIPs ?? []).length > 0);

const validIP = (path: string, ip: string): FieldError[] =>
  isIP(String(ip)) ? [] : [field.invalid(path, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)')];

function validateServicePort(sp: Obj, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !sp.name) errs.push(field.required(`${path}.name`, ''));
  else if (sp.name) {
    errs.push(...isDNS1123Label(sp.name).map((m) => field.invalid(`${path}.name`, sp.name, m)));
    if (names.has(sp.name)) errs.push(field.duplicate(`${path}.name`, sp.name));
    else names.add(sp.name);
  }
  const port = typeof sp.port === 'number' ? sp.port : 0;
  errs.push(...isValidPortNum(port).map((m) => field.invalid(`${path}.port`, port, m)));
  if (!sp.protocol) errs.push(field.required(`${path}.protocol`, ''));
  else if (!['SCTP', 'TCP', 'UDP'].includes(sp.protocol)) errs.push(field.notSupported(`${path}.protocol`, sp.protocol, ['SCTP', 'TCP', 'UDP']));
  errs.push(...validatePortNumOrName(sp.targetPort, `${path}.targetPort`));
  if (sp.appProtocol !== undefined && sp.appProtocol !== null)
    errs.push(...isQualifiedName(String(sp.appProtocol)).map((m) => field.invalid(`${path}.appProtocol`, sp.appProtocol, m)));
  return errs;
}

function validateClusterIPsRelated(spec: Obj): FieldError[] {
  if (spec.type === 'ExternalName') return [];
  const errs: FieldError[] = [];
  const given: string[] | undefined = Array.isArray(spec.clusterIPs) && spec.clusterIPs.length ? spec.clusterIPs : undefined;
  if (spec.clusterIP && given && given[0] !== spec.clusterIP)
    errs.push(field.invalid('spec.clusterIPs', goValue(goStringSlice(given)), 'first value must match `clusterIP`'));
  if (!spec.clusterIP && given) errs.push(field.invalid('spec.clusterIPs', goValue(goStringSlice(given)), 'must be empty when `clusterIP` is not specified'));
  const seen = new Set<string>();
  (spec.ipFamilies ?? []).forEach((f: string, i: number) => {
    if (!['IPv4', 'IPv6'].includes(f)) errs.push(field.notSupported(`spec.ipFamilies[${i}]`, f, ['IPv4', 'IPv6']));
    if (seen.has(f)) errs.push(field.duplicate(`spec.ipFamilies[${i}]`, f));
    seen.add(f);
  });
  const policies = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];
  if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null && !policies.includes(spec.ipFamilyPolicy))
    errs.push(field.notSupported('spec.ipFamilyPolicy', spec.ipFamilyPolicy, policies));
  const ips = clusterIPsOf(spec);
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) errs.push(field.invalid('spec.clusterIPs', goValue(goStringSlice(ips)), "'None' must be the first and only value"));
      return;
    }
    errs.push(...validIP(`spec.clusterIPs[${i}]`, ip));
  });
  if (ips.length > 2) errs.push(field.invalid('spec.clusterIPs', goValue(goStringSlice(ips)), 'may only hold up to 2 values'));
  return errs;
}

/**
 * The strategy's dropTypeDependentFields: on a type change, values carried over
 * unchanged from the old object (clusterIPs, families, node ports) are dropped.
 */
function dropTypeDependentFields(spec: Obj, old: Obj | undefined): Obj {
  const oldSpec: Obj | undefined = old?.spec;
  if (!oldSpec || oldSpec.type === spec.type) return spec;
  const out: Obj = { ...spec };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (spec.type === 'ExternalName') {
    if (same(clusterIPsOf(spec), clusterIPsOf(oldSpec))) {
      delete out.clusterIP;
      delete out.clusterIPs;
    }
    if (same(spec.ipFamilies, oldSpec.ipFamilies)) delete out.ipFamilies;
    if (same(spec.ipFamilyPolicy, oldSpec.ipFamilyPolicy)) delete out.ipFamilyPolicy;
  }
  if (spec.type !== 'NodePort' && spec.type !== 'LoadBalancer')
    out.ports = (spec.ports ?? []).map((p: Obj) => {
      const prev = (oldSpec.ports ?? []).find((q: Obj) => q.nodePort === p.nodePort);
      return prev ? { ...p, nodePort: undefined } : p;
    });
  return out;
}

export function validateServiceSpec(obj: Obj, old?: Obj): FieldError[] {
  const spec: Obj = dropTypeDependentFields(obj.spec ?? {}, old);
  const errs: FieldError[] = [];
  const ports: Obj[] = spec.ports ?? [];
  const headless = isHeadless(spec);
  if (!ports.length && !headless && spec.type !== 'ExternalName') errs.push(field.required('spec.ports', ''));
  if (spec.type === 'LoadBalancer') {
    ports.forEach((p, i) => {
      if (p.port === KUBELET_PORT)
        errs.push(field.invalid(`spec.ports[${i}]`, p.port, `may not expose port ${KUBELET_PORT} externally since it is used by kubelet`));
    });
    if (headless) errs.push(field.invalid('spec.clusterIPs[0]', 'None', "may not be set to 'None' for LoadBalancer services"));
  } else if (spec.type === 'NodePort') {
    if (headless) errs.push(field.invalid('spec.clusterIPs[0]', 'None', "may not be set to 'None' for NodePort services"));
  } else if (spec.type === 'ExternalName') {
    if (clusterIPsOf(spec).length) errs.push(field.forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
    if ((spec.ipFamilies ?? []).length) errs.push(field.forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
    if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) errs.push(field.forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
    const cname = String(spec.externalName ?? '').replace(/\.$/, '');
    if (cname) errs.push(...isDNS1123Subdomain(cname).map((m) => field.invalid('spec.externalName', cname, m)));
    else errs.push(field.required('spec.externalName', ''));
  }
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`)));
  if (spec.selector) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  const affinity = spec.sessionAffinity ?? '';
  if (!affinity) errs.push(field.required('spec.sessionAffinity', ''));
  else if (!['ClientIP', 'None'].includes(affinity)) errs.push(field.notSupported('spec.sessionAffinity', affinity, ['ClientIP', 'None']));
  if (affinity === 'None' && spec.sessionAffinityConfig)
    errs.push(field.forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'));
  errs.push(...validateClusterIPsRelated(spec));
  (spec.externalIPs ?? []).forEach((ip: string, i: number) => errs.push(...validIP(`spec.externalIPs[${i}]`, ip)));
  if (!spec.type) errs.push(field.required('spec.type', ''));
  else if (!TYPES.includes(spec.type)) errs.push(field.notSupported('spec.type', spec.type, TYPES));
  if (spec.type === 'ClusterIP')
    ports.forEach((p, i) => {
      if (p.nodePort) errs.push(field.forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
    });
  errs.push(...duplicatePorts(ports));
  if ((spec.loadBalancerSourceRanges ?? []).length && spec.type !== 'LoadBalancer')
    errs.push(field.forbidden('spec.LoadBalancerSourceRanges', "may only be used when `type` is 'LoadBalancer'"));
  if (spec.allocateLoadBalancerNodePorts !== undefined && spec.allocateLoadBalancerNodePorts !== null && spec.type !== 'LoadBalancer')
    errs.push(field.forbidden('spec.allocateLoadBalancerNodePorts', "may only be used when `type` is 'LoadBalancer'"));
  if (spec.type === 'LoadBalancer' && (spec.allocateLoadBalancerNodePorts === undefined || spec.allocateLoadBalancerNodePorts === null))
    errs.push(field.required('allocateLoadBalancerNodePorts', ''));
  if (spec.loadBalancerClass !== undefined && spec.loadBalancerClass !== null && spec.type !== 'LoadBalancer')
    errs.push(field.forbidden('spec.loadBalancerClass', "may only be used when `type` is 'LoadBalancer'"));
  errs.push(...validateTrafficPolicies(spec));
  return errs;
}

function duplicatePorts(ports: Obj[]): FieldError[] {
  const errs: FieldError[] = [];
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const key = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(key)) errs.push(field.duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol}/${p.port}`;
    const text = `core.ServicePort{Name:"", Protocol:${JSON.stringify(String(p.protocol ?? ''))}, AppProtocol:(*string)(nil), Port:${p.port ?? 0}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`;
    if (seen.has(key)) errs.push(field.duplicate(`spec.ports[${i}]`, goValue(text)));
    seen.add(key);
  });
  return errs;
}

function validateTrafficPolicies(spec: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const etp = spec.externalTrafficPolicy ?? '';
  if (!externallyAccessible(spec)) {
    if (etp) errs.push(field.invalid('spec.externalTrafficPolicy', etp, 'may only be set for externally-accessible services'));
  } else if (!etp) errs.push(field.required('spec.externalTrafficPolicy', ''));
  else if (!['Cluster', 'Local'].includes(etp)) errs.push(field.notSupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  const needsHealthCheck = spec.type === 'LoadBalancer' && etp === 'Local';
  if (!needsHealthCheck && spec.healthCheckNodePort)
    errs.push(field.invalid('spec.healthCheckNodePort', spec.healthCheckNodePort, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
  const itp = spec.internalTrafficPolicy;
  if ((itp === undefined || itp === null) && ['NodePort', 'LoadBalancer', 'ClusterIP'].includes(spec.type))
    errs.push(field.required('spec.internalTrafficPolicy', ''));
  if (itp !== undefined && itp !== null && !['Cluster', 'Local'].includes(itp)) errs.push(field.notSupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  if (spec.trafficDistribution !== undefined && spec.trafficDistribution !== null && spec.trafficDistribution !== 'PreferClose')
    errs.push(field.notSupported('spec.trafficDistribution', spec.trafficDistribution, ['PreferClose']));
  return errs;
}

/** validateUpgradeDowngradeClusterIPs, reduced to the single-stack cases mk serves. */
export function validateServiceUpdate(obj: Obj, old: Obj): FieldError[] {
  const spec: Obj = obj.spec ?? {};
  const oldSpec: Obj = old.spec ?? {};
  if (spec.type === 'ExternalName' || oldSpec.type === 'ExternalName') return [];
  if (isHeadless(spec) && isHeadless(oldSpec)) return [];
  const oldIPs = clusterIPsOf(oldSpec);
  // a body without clusterIP keeps the allocated one
  const newIPs = spec.clusterIP || (Array.isArray(spec.clusterIPs) && spec.clusterIPs.length) ? clusterIPsOf(spec) : oldIPs;
  const errs: FieldError[] = [];
  if (oldIPs.length === newIPs.length) {
    oldIPs.forEach((ip, i) => {
      if (ip !== newIPs[i]) errs.push(field.invalid(`spec.clusterIPs[${i}]`, goValue(goStringSlice(newIPs)), 'may not change once set'));
    });
  } else if (oldIPs.length && newIPs.length && newIPs[0] !== oldIPs[0]) {
    errs.push(field.invalid('spec.clusterIPs[0]', goValue(goStringSlice(newIPs)), 'may not change once set'));
  }
  return errs;
}
