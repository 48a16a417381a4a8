// The garbage collector's view of the cluster: every watched object by uid, and for each
// owner uid the uids of the objects that name it in their ownerReferences.
import type { KubeObject, ResourceRef } from '../../client/types.js';

export interface Node {
  resource: ResourceRef;
  obj: KubeObject;
}

export class OwnerGraph {
  private byUid = new Map<string, Node>();
  private dependentsOf = new Map<string, Set<string>>();

  get(uid: string): Node | undefined {
    return this.byUid.get(uid);
  }

  upsert(resource: ResourceRef, obj: KubeObject): KubeObject | undefined {
    const uid = obj.metadata.uid!;
    const prev = this.byUid.get(uid)?.obj;
    for (const r of prev?.metadata.ownerReferences ?? []) this.dependentsOf.get(r.uid)?.delete(uid);
    this.byUid.set(uid, { resource, obj });
    for (const r of obj.metadata.ownerReferences ?? []) {
      let set = this.dependentsOf.get(r.uid);
      if (!set) this.dependentsOf.set(r.uid, (set = new Set()));
      set.add(uid);
    }
    return prev;
  }

  remove(obj: KubeObject): void {
    const uid = obj.metadata.uid!;
    const prev = this.byUid.get(uid)?.obj ?? obj;
    this.byUid.delete(uid);
    for (const r of prev.metadata.ownerReferences ?? []) {
      const set = this.dependentsOf.get(r.uid);
      set?.delete(uid);
      if (set && !set.size) this.dependentsOf.delete(r.uid);
    }
  }

  /** Live objects that list `ownerUid` among their owners. */
  dependents(ownerUid: string): Node[] {
    return [...(this.dependentsOf.get(ownerUid) ?? [])].map((u) => this.byUid.get(u)).filter((n): n is Node => !!n);
  }
}

export const FOREGROUND = 'foregroundDeletion';
export const ORPHAN = 'orphan';

export const hasFinalizer = (o: KubeObject, f: string): boolean => (o.metadata.finalizers ?? []).includes(f);

/** An owner being deleted in the foreground: its blocking dependents go first. */
export const deletingDependents = (o: KubeObject): boolean => !!o.metadata.deletionTimestamp && hasFinalizer(o, FOREGROUND);
