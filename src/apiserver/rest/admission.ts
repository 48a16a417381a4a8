// Built-in admission: the mutations and allocations kube-apiserver performs on writes
// (service IPs and node ports, protected namespaces).
import type { KubeObject } from '../../client/types.js';
import { errors } from '../errors.js';
import type { ResourceInfo } from '../resources.js';
import type { Registry } from './registry.js';
import { allocateServiceAddresses } from './service-alloc.js';
import { admitDefaultIngressClass } from './ingress-default-class.js';
import { admitStorage } from './storage-admission.js';

const PROTECTED_NAMESPACES = ['default', 'kube-system', 'kube-public'];

export class AdmissionChain {
  constructor(private registry: Registry) {}

  /** Mutating admission before validation. */
  mutate(info: ResourceInfo, obj: KubeObject, old: KubeObject | undefined): void {
    admitDefaultIngressClass(this.registry, info, obj, old);
    admitStorage(this.registry, info, obj, old);
  }

  /** Allocations run inside the write transaction, after validation. */
  allocate(info: ResourceInfo, obj: KubeObject, old: KubeObject | undefined): void {
    if (info.resource === 'services') {
      const services = this.registry.list(info, undefined).items.filter((s) => s.metadata.uid !== obj.metadata.uid);
      allocateServiceAddresses(obj, old, services);
    }
  }

  validateDelete(info: ResourceInfo, name: string): void {
    if (info.resource === 'namespaces' && PROTECTED_NAMESPACES.includes(name))
      throw errors.forbidden(`namespaces "${name}" is forbidden: this namespace may not be deleted`);
  }
}
