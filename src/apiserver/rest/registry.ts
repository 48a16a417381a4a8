// Generic REST semantics over the store: create, read, update, patch, delete and
// watch, with metadata, preconditions, status/scale subresources and admission hooks.
import type { DeleteOptions, KubeList, KubeObject, ListOptions, PatchType, WatchEvent, WatchOptions, WriteOptions } from '../../client/types.js';
import type { Store } from '../../storage/store.js';
import { errors, field, StatusError } from '../errors.js';
import { findResource, groupVersion, RESOURCES, type ResourceInfo } from '../resources.js';
import { checkFieldSelector, parseFieldSelector, parseLabelSelector } from '../selectors.js';
import { applyDefaults } from '../defaulting/index.js';
import { validateObject } from '../validation/index.js';
import { deepClone, generateName, kindKey, newUid, nowTimestamp, setTypeMeta } from './meta.js';
import { applyPatch } from './patch.js';
import { applyScale, toScale } from './scale.js';
import { prepareForUpdate, strategyFor } from './strategy.js';
import { AdmissionChain } from './admission.js';
import { evictPod } from './eviction.js';
import { converterFor } from './versions.js';

export interface WatchSubscription {
  stop(): void;
}

export class Registry {
  readonly admission: AdmissionChain;

  constructor(readonly store: Store) {
    this.admission = new AdmissionChain(this);
  }

  private key(info: ResourceInfo, ns: string | undefined): [string, string] {
    return [kindKey(info), info.namespaced ? (ns ?? 'default') : ''];
  }

  get(info: ResourceInfo, ns: string | undefined, name: string, subresource?: string): KubeObject {
    const conv = converterFor(info);
    if (conv) return conv.fromStorage(this.get(conv.storage, ns, name, subresource));
    const [k, n] = this.key(info, ns);
    const found = this.store.get(k, n, name);
    if (!found) throw errors.notFound(info, name);
    const obj = setTypeMeta(info, found.object);
    return subresource === 'scale' ? toScale(obj) : obj;
  }

  list(info: ResourceInfo, ns: string | undefined, opts: ListOptions = {}): KubeList {
    const conv = converterFor(info);
    if (conv) {
      const stored = this.list(conv.storage, ns, opts);
      const items = stored.items.map((o) => {
        const { apiVersion: _v, kind: _k, ...rest } = conv.fromStorage(o);
        return rest as KubeObject;
      });
      return { ...stored, apiVersion: groupVersion(info), kind: info.listKind, items };
    }
    const [k] = this.key(info, ns);
    const labels = parseLabelSelector(opts.labelSelector);
    checkFieldSelector(info.kind, opts.fieldSelector);
    const fields = parseFieldSelector(info.kind, opts.fieldSelector);
    const { items, rv } = this.store.list(k, info.namespaced ? ns : undefined);
    const matched = items.filter((o) => labels(o.metadata.labels) && fields(o)).map((o) => setTypeMeta(info, o));
    for (const o of matched) {
      delete o.apiVersion;
      delete o.kind;
    }
    return { apiVersion: groupVersion(info), kind: info.listKind, metadata: { resourceVersion: String(rv) }, items: matched };
  }

  create(info: ResourceInfo, ns: string | undefined, body: KubeObject, opts: WriteOptions = {}): KubeObject {
    if (opts.subresource === 'binding' && info.resource === 'pods') return this.bind(info, ns, body);
    if (opts.subresource === 'eviction' && info.resource === 'pods') return evictPod(this, info, ns, body.metadata?.name ?? '', body, !!opts.dryRun);
    const conv = converterFor(info);
    if (conv) return conv.fromStorage(this.create(conv.storage, ns, conv.toStorage(body), opts));
    const obj = deepClone(body);
    setTypeMeta(info, obj);
    obj.metadata ??= {};
    const md = obj.metadata;
    if (info.namespaced) {
      const target = ns ?? md.namespace ?? 'default';
      if (md.namespace && md.namespace !== target)
        throw errors.badRequest('the namespace of the provided object does not match the namespace sent on the request');
      md.namespace = target;
      this.requireNamespace(target, info);
    } else delete md.namespace;
    if (!md.name && md.generateName) md.name = generateName(md.generateName);
    for (const f of ['uid', 'resourceVersion', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'selfLink'] as const) delete md[f];
    md.creationTimestamp = nowTimestamp();
    md.uid = newUid();
    const strategy = strategyFor(info);
    if (strategy.generation) md.generation = 1;
    applyDefaults(info, obj);
    strategy.prepareForCreate(obj);
    this.admission.mutate(info, obj, undefined);
    this.validate(info, obj, undefined);
    const [k, n] = this.key(info, md.namespace);
    return this.store.batch(() => {
      if (this.store.get(k, n, md.name!)) {
        if (body.metadata?.generateName && !body.metadata?.name) {
          const s = errors.alreadyExists(info, md.name!).status;
          s.message += ', the server was not able to generate a unique name for the object';
          throw new StatusError(s);
        }
        throw errors.alreadyExists(info, md.name!);
      }
      this.admission.allocate(info, obj, undefined);
      if (opts.dryRun) return obj;
      return setTypeMeta(info, this.store.write(k, n, md.name!, 'ADDED', obj));
    });
  }

  /** pods/binding: the scheduler's one way to set spec.nodeName (and PodScheduled). */
  private bind(info: ResourceInfo, ns: string | undefined, binding: KubeObject): KubeObject {
    const name = binding.metadata?.name ?? '';
    const node = binding.target?.name;
    if (!node) throw errors.invalid('Binding', '', name, [field.required('target.name', '')]);
    const [k, n] = this.key(info, ns);
    return this.store.batch(() => {
      const current = this.store.get(k, n, name);
      if (!current) throw errors.notFound(info, name);
      const pod = current.object;
      const gr = { group: '', resource: 'pods/binding' };
      if (pod.metadata.deletionTimestamp) throw errors.conflict(gr, name, `pod ${name} is being deleted, cannot be assigned to a host`);
      if (pod.spec?.nodeName) throw errors.conflict(gr, name, `pod ${name} is already assigned to node "${pod.spec.nodeName}"`);
      pod.spec.nodeName = node;
      const conditions = (pod.status?.conditions ?? []).filter((c: KubeObject) => c.type !== 'PodScheduled');
      conditions.push({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: nowTimestamp() });
      pod.status = { ...(pod.status ?? {}), conditions };
      this.store.write(k, n, name, 'MODIFIED', setTypeMeta(info, pod));
      return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 } as unknown as KubeObject;
    });
  }

  update(info: ResourceInfo, ns: string | undefined, name: string, body: KubeObject, opts: WriteOptions = {}): KubeObject {
    if (body.metadata?.name && body.metadata.name !== name)
      throw errors.badRequest(`the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`);
    const conv = converterFor(info);
    if (conv) return conv.fromStorage(this.update(conv.storage, ns, name, conv.toStorage(body), opts));
    const [k, n] = this.key(info, ns);
    return this.store.batch(() => {
      const current = this.store.get(k, n, name);
      if (!current) throw errors.notFound(info, name);
      const old = setTypeMeta(info, current.object);
      let obj = deepClone(body);
      if (opts.subresource === 'scale') obj = applyScale(old, obj);
      setTypeMeta(info, obj);
      obj.metadata ??= {};
      const rv = obj.metadata.resourceVersion;
      if (rv && rv !== old.metadata.resourceVersion) throw errors.conflict(info, name);
      // immutable metadata
      for (const f of ['uid', 'creationTimestamp', 'namespace', 'name', 'generation', 'deletionTimestamp', 'deletionGracePeriodSeconds'] as const) {
        if (old.metadata[f] === undefined) delete obj.metadata[f];
        else (obj.metadata as Record<string, unknown>)[f] = old.metadata[f];
      }
      const strategy = strategyFor(info);
      if (opts.subresource !== 'status') applyDefaults(info, obj);
      prepareForUpdate(info, strategy, obj, old, opts.subresource === 'scale' ? undefined : opts.subresource);
      this.admission.mutate(info, obj, old);
      this.validate(info, obj, old);
      this.admission.allocate(info, obj, old);
      if (opts.dryRun) return obj;
      // a terminating object whose last finalizer went away is deleted now
      if (obj.metadata.deletionTimestamp && !(obj.metadata.finalizers?.length) && !this.awaitsKubelet(info, obj)) {
        return setTypeMeta(info, this.store.write(k, n, name, 'DELETED', obj, true));
      }
      const saved = setTypeMeta(info, this.store.write(k, n, name, 'MODIFIED', obj));
      return opts.subresource === 'scale' ? toScale(saved) : saved;
    });
  }

  patch(info: ResourceInfo, ns: string | undefined, name: string, type: PatchType, patch: unknown, opts: WriteOptions & { force?: boolean } = {}): KubeObject {
    const [k, n] = this.key(info, ns);
    const current = this.store.get(k, n, name);
    if (!current) {
      if (type === 'apply') return this.create(info, ns, patch as KubeObject, opts);
      throw errors.notFound(info, name);
    }
    const conv = converterFor(info);
    const base = conv ? conv.fromStorage(current.object) : setTypeMeta(info, current.object);
    const target = opts.subresource === 'scale' ? toScale(base) : base;
    const patched = applyPatch(info, target, type, patch);
    // a patch without a resourceVersion is unconditional
    if (!(patch as KubeObject)?.metadata?.resourceVersion || type === 'json') patched.metadata = { ...patched.metadata, resourceVersion: undefined };
    return this.update(info, ns, name, patched, opts);
  }

  delete(info: ResourceInfo, ns: string | undefined, name: string, opts: DeleteOptions = {}): KubeObject {
    const conv = converterFor(info);
    if (conv) return conv.fromStorage(this.delete(conv.storage, ns, name, opts));
    const [k, n] = this.key(info, ns);
    this.admission.validateDelete(info, name);
    if (info.resource === 'namespaces' && this.store.get(k, n, name) && !opts.dryRun?.length) this.deleteNamespaceContents(name);
    return this.store.batch(() => {
      const current = this.store.get(k, n, name);
      if (!current) throw errors.notFound(info, name);
      const obj = setTypeMeta(info, current.object);
      const pre = opts.preconditions;
      if (pre?.uid && pre.uid !== obj.metadata.uid)
        throw errors.conflict(info, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${obj.metadata.uid}`);
      if (pre?.resourceVersion && pre.resourceVersion !== obj.metadata.resourceVersion)
        throw errors.conflict(info, name, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${obj.metadata.resourceVersion}`);
      if (opts.dryRun?.length) return obj;
      const md = obj.metadata;
      // batch/v1 jobs orphan their pods unless told otherwise (jobStrategy.DefaultGarbageCollectionPolicy)
      const policy = opts.propagationPolicy ?? (info.resource === 'jobs' && info.group === 'batch' ? 'Orphan' : undefined);
      const finalizers = new Set(md.finalizers ?? []);
      if (policy === 'Orphan') finalizers.add('orphan');
      if (policy === 'Foreground') finalizers.add('foregroundDeletion');
      const grace = this.gracePeriod(info, obj, opts);
      if (finalizers.size || grace > 0) {
        if (md.deletionTimestamp) {
          // already terminating: a shorter grace period may still shorten it
          if (grace === 0 && !finalizers.size) return setTypeMeta(info, this.store.write(k, n, name, 'DELETED', obj, true));
          // finalizers hold it: record the shortened grace so removing them finishes the delete
          if (grace < (md.deletionGracePeriodSeconds ?? 0)) {
            md.deletionGracePeriodSeconds = grace;
            return setTypeMeta(info, this.store.write(k, n, name, 'MODIFIED', obj));
          }
          return obj;
        }
        md.finalizers = [...finalizers];
        if (!md.finalizers.length) delete md.finalizers;
        md.deletionTimestamp = nowTimestamp(new Date(Date.now() + grace * 1000));
        md.deletionGracePeriodSeconds = grace;
        if (info.resource === 'namespaces') obj.status = { ...(obj.status ?? {}), phase: 'Terminating' };
        return setTypeMeta(info, this.store.write(k, n, name, 'MODIFIED', obj));
      }
      return setTypeMeta(info, this.store.write(k, n, name, 'DELETED', obj, true));
    });
  }

  deleteCollection(info: ResourceInfo, ns: string | undefined, opts: ListOptions & DeleteOptions): KubeList {
    const list = this.list(info, ns, opts);
    const deleted: KubeObject[] = [];
    for (const o of list.items) {
      try {
        deleted.push(this.delete(info, o.metadata.namespace, o.metadata.name!, opts));
      } catch (e) {
        if (!(e instanceof StatusError && e.code === 404)) throw e;
      }
    }
    return { ...list, items: deleted };
  }

  /** The namespace lifecycle controller's job, done synchronously: empty it first. */
  private deleteNamespaceContents(ns: string): void {
    for (const r of RESOURCES) if (r.namespaced) this.deleteCollection(r, ns, { propagationPolicy: 'Background' });
  }

  /** Pods on a node terminate gracefully: the kubelet finishes the delete. */
  private gracePeriod(info: ResourceInfo, obj: KubeObject, opts: DeleteOptions): number {
    if (info.resource !== 'pods') return 0;
    if (!obj.spec?.nodeName) return 0;
    if (['Succeeded', 'Failed'].includes(obj.status?.phase)) return 0;
    const g = opts.gracePeriodSeconds ?? obj.spec?.terminationGracePeriodSeconds ?? 30;
    return Math.max(0, g);
  }

  private awaitsKubelet(info: ResourceInfo, obj: KubeObject): boolean {
    return info.resource === 'pods' && !!obj.spec?.nodeName && (obj.metadata.deletionGracePeriodSeconds ?? 0) > 0;
  }

  private requireNamespace(ns: string, info: ResourceInfo): void {
    const nsInfo = findResource('', 'v1', 'namespaces')!;
    const found = this.store.get(kindKey(nsInfo), '', ns);
    if (!found) throw errors.notFound(nsInfo, ns);
    if (found.object.status?.phase === 'Terminating' && info.resource !== 'events')
      throw errors.forbidden(`unable to create new content in namespace ${ns} because it is being terminated`);
  }

  private validate(info: ResourceInfo, obj: KubeObject, old: KubeObject | undefined): void {
    const errs = validateObject(info, obj, old);
    if (errs.length) throw errors.invalid(info.kind, info.group, obj.metadata.name ?? '', errs);
  }

  /**
   * Streams changes. Without a resourceVersion (or "0") the current objects arrive
   * first as ADDED; otherwise the change log is replayed from that version.
   */
  watch(info: ResourceInfo, ns: string | undefined, opts: WatchOptions, onEvent: (ev: WatchEvent) => void): WatchSubscription {
    const conv = converterFor(info);
    if (conv) return this.watch(conv.storage, ns, opts, (ev) => onEvent({ ...ev, object: conv.fromStorage(ev.object as KubeObject) }));
    const [k] = this.key(info, ns);
    const nsFilter = info.namespaced ? ns : undefined;
    const labels = parseLabelSelector(opts.labelSelector);
    checkFieldSelector(info.kind, opts.fieldSelector);
    const fields = parseFieldSelector(info.kind, opts.fieldSelector);
    const matches = (o: KubeObject) => labels(o.metadata.labels) && fields(o);
    const visible = new Set<string>();
    const uidKey = (o: KubeObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    const deliver = (type: string, obj: KubeObject) => {
      if (nsFilter && obj.metadata.namespace !== nsFilter) return;
      const key = uidKey(obj);
      const ok = matches(obj);
      setTypeMeta(info, obj);
      if (type === 'DELETED') {
        if (visible.delete(key) || ok) onEvent({ type: 'DELETED', object: obj });
      } else if (ok) {
        const was = visible.has(key);
        visible.add(key);
        onEvent({ type: was ? 'MODIFIED' : 'ADDED', object: obj });
      } else if (visible.delete(key)) {
        onEvent({ type: 'DELETED', object: obj });
      }
    };
    const rv = opts.resourceVersion;
    let backlog: { type: string; object: KubeObject }[];
    if (!rv || rv === '0') {
      backlog = this.store.list(k, nsFilter).items.map((object) => ({ type: 'ADDED', object }));
    } else {
      const n = Number(rv);
      if (!Number.isInteger(n)) throw errors.badRequest(`invalid resource version: ${rv}`);
      const changes = this.store.changesSince(k, n);
      if (!changes) throw errors.gone(`too old resource version: ${rv} (${this.store.resourceVersion})`);
      // objects that existed at `rv` count as visible so later changes arrive as MODIFIED
      for (const o of this.store.list(k, nsFilter).items) if (Number(o.metadata.resourceVersion) <= n && matches(o)) visible.add(uidKey(o));
      for (const c of changes) if (c.type !== 'ADDED' && matches(c.object)) visible.add(uidKey(c.object));
      backlog = changes.map((c) => ({ type: c.type, object: c.object }));
    }
    // the backlog and the subscription are taken in the same tick: nothing is missed
    const unsubscribe = this.store.hub.subscribe(k, (ev) => deliver(ev.type, structuredClone(ev.object)));
    for (const b of backlog) deliver(b.type, b.object);
    return { stop: unsubscribe };
  }
}
