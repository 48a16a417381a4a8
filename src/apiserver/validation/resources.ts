// Container resource requirements (ValidateResourceRequirements, Kubernetes 1.33).
import type { KubeObject } from '../../client/types.js';
import { cmpQuantity, formatQuantity, parseQuantity, ZERO } from '../../cli/describe/quantity.js';
import { field, type FieldError } from '../errors.js';
import { isQualifiedName } from './names.js';

const STANDARD_CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'];
const STANDARD_RESOURCES = [
  ...STANDARD_CONTAINER_RESOURCES,
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'services',
  'replicationcontrollers',
  'resourcequotas',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'storage',
  'requests.storage',
  'services.nodeports',
  'services.loadbalancers',
];

const isHugePages = (n: string) => n.startsWith('hugepages-');
const isNative = (n: string) => !n.includes('/') || n.includes('kubernetes.io/');
const isOvercommitAllowed = (n: string) => isNative(n) && !isHugePages(n);

function isExtendedResourceName(n: string): boolean {
  if (isNative(n) || n.startsWith('requests.')) return false;
  return isQualifiedName(`requests.${n}`).length === 0;
}

/** validateContainerResourceName: both messages can apply to one name. */
function validateResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((m) => field.invalid(path, name, m));
  if (errs.length) return errs;
  const single = !name.includes('/');
  if (single && !STANDARD_RESOURCES.includes(name) && !isHugePages(name))
    errs.push(field.invalid(path, name, 'must be a standard resource type or fully qualified'));
  if (single) {
    if (!STANDARD_CONTAINER_RESOURCES.includes(name) && !isHugePages(name)) errs.push(field.invalid(path, name, 'must be a standard resource for containers'));
  } else if (!isNative(name) && !isExtendedResourceName(name)) {
    errs.push(field.invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

function validateQuantity(value: unknown, path: string): FieldError[] {
  const q = parseQuantity(value as string);
  if (q && cmpQuantity(q, ZERO) < 0) return [field.invalid(path, formatQuantity(q), 'must be greater than or equal to 0')];
  return [];
}

export function validateResources(res: KubeObject | undefined, path: string): FieldError[] {
  if (!res) return [];
  const errs: FieldError[] = [];
  const limits: Record<string, unknown> = res.limits ?? {};
  const requests: Record<string, unknown> = res.requests ?? {};
  let limCpuMem = false;
  let reqCpuMem = false;
  let hugePages = false;
  for (const [name, value] of Object.entries(limits)) {
    const p = `${path}.limits[${name}]`;
    errs.push(...validateResourceName(name, p), ...validateQuantity(value, p));
    if (isHugePages(name)) hugePages = true;
    if (name === 'cpu' || name === 'memory') limCpuMem = true;
  }
  for (const [name, value] of Object.entries(requests)) {
    const p = `${path}.requests[${name}]`;
    errs.push(...validateResourceName(name, p), ...validateQuantity(value, p));
    const req = parseQuantity(value as string);
    const lim = name in limits ? parseQuantity(limits[name] as string) : undefined;
    if (req && lim) {
      const c = cmpQuantity(req, lim);
      if (c !== 0 && !isOvercommitAllowed(name))
        errs.push(field.invalid(`${path}.requests`, formatQuantity(req), `must be equal to ${name} limit of ${formatQuantity(lim)}`));
      else if (c > 0) errs.push(field.invalid(`${path}.requests`, formatQuantity(req), `must be less than or equal to ${name} limit of ${formatQuantity(lim)}`));
    } else if (!(name in limits) && !isOvercommitAllowed(name)) {
      errs.push(field.required(`${path}.limits`, 'Limit must be set for non overcommitable resources'));
    }
    if (isHugePages(name)) hugePages = true;
    if (name === 'cpu' || name === 'memory') reqCpuMem = true;
  }
  if (hugePages && !limCpuMem && !reqCpuMem) errs.push(field.forbidden(path, 'HugePages require cpu or memory'));
  return errs;
}
