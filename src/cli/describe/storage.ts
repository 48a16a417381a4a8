// `kubectl describe pv|pvc|storageclass` (describePersistentVolume, describePersistentVolumeClaim,
// describeStorageClass in kubectl 1.33's describe.go). PV sources mk can back print their
// fields; the cloud and network plugins print `<unknown>`.
import type { KubeObject } from '../../client/types.js';
import { accessModesString, isDefaultStorageClass, storageClassOf } from '../../apiserver/tables/storage.js';
import { formatLabels, rfc1123z, sortedKeys } from './format.js';
import { writeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, tabbed, type PrefixWriter } from './prefix-writer.js';
import { canonicalQuantity } from './quantity.js';
import { timestampSince } from '../../apiserver/tables/common.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export interface StorageRelated {
  events?: KubeObject[];
  now?: number;
  /** pods of the claim's namespace (the claim's users are picked from them) */
  pods?: KubeObject[];
}

const goSlice = (list: unknown): string => `[${(Array.isArray(list) ? list : []).join(' ')}]`;
const quantity = (q: unknown): string => (q === undefined || q === null || q === '' ? '0' : canonicalQuantity(q as string));

function typed(w: PrefixWriter, kind: string, fields: [string, unknown][]): void {
  w.write(LEVEL_2, `Type:\t${kind}\n` + fields.map(([k, v]) => `    ${k}:\t${String(v)}\n`).join(''));
}

function printSource(spec: Obj, w: PrefixWriter): void {
  if (spec.hostPath) {
    typed(w, 'HostPath (bare host directory volume)', [
      ['Path', spec.hostPath.path ?? ''],
      ['HostPathType', spec.hostPath.type ?? '<none>'],
    ]);
  } else if (spec.nfs) {
    typed(w, 'NFS (an NFS mount that lasts the lifetime of a pod)', [
      ['Server', spec.nfs.server ?? ''],
      ['Path', spec.nfs.path ?? ''],
      ['ReadOnly', spec.nfs.readOnly === true],
    ]);
  } else if (spec.local) {
    typed(w, 'LocalVolume (a persistent volume backed by local storage on a node)', [['Path', spec.local.path ?? '']]);
  } else if (spec.csi) {
    typed(w, 'CSI (a Container Storage Interface (CSI) volume source)', [
      ['Driver', spec.csi.driver ?? ''],
      ['FSType', spec.csi.fsType ?? ''],
      ['VolumeHandle', spec.csi.volumeHandle ?? ''],
      ['ReadOnly', spec.csi.readOnly === true],
    ]);
    const attrs: Record<string, string> = spec.csi.volumeAttributes ?? {};
    w.write(LEVEL_2, 'VolumeAttributes:\t');
    const keys = sortedKeys(attrs);
    if (!keys.length) w.writeLine('<none>');
    keys.forEach((k, i) => {
      if (i !== 0) w.write(LEVEL_2, '\t');
      const line = `${k}=${attrs[k]}`;
      w.write(LEVEL_0, line.length > 140 ? `${line.slice(0, 140)}...\n` : `${line}\n`);
    });
  } else w.write(LEVEL_1, '<unknown>\n');
}

function printNodeAffinity(w: PrefixWriter, affinity: Obj | undefined): void {
  w.write(LEVEL_0, 'Node Affinity:\t');
  if (!affinity?.required) {
    w.writeLine('<none>');
    return;
  }
  w.writeLine('');
  w.write(LEVEL_1, 'Required Terms:\t');
  const terms: Obj[] = affinity.required.nodeSelectorTerms ?? [];
  if (!terms.length) {
    w.writeLine('<none>');
    return;
  }
  w.writeLine('');
  terms.forEach((term, i) => {
    w.write(LEVEL_2, `Term ${i}:\t`);
    const reqs: Obj[] = term.matchExpressions ?? [];
    if (!reqs.length) w.writeLine('<none>');
    reqs.forEach((req, j) => {
      if (j !== 0) w.write(LEVEL_2, '\t');
      const values: string[] = req.values ?? [];
      const expr = `${req.key ?? ''} ${String(req.operator ?? '').toLowerCase()}`;
      w.write(LEVEL_0, `${values.length ? `${expr} [${values.join(', ')}]` : expr}\n`);
    });
  });
}

const status = (obj: KubeObject, now: number): string =>
  obj.metadata.deletionTimestamp ? `Terminating (lasts ${timestampSince(obj.metadata.deletionTimestamp, new Date(now))})` : String(obj.status?.phase ?? '');

export function describePersistentVolume(pv: KubeObject, related: StorageRelated): string {
  const now = related.now ?? Date.now();
  return tabbed((w) => {
    const spec: Obj = pv.spec ?? {};
    w.write(LEVEL_0, `Name:\t${pv.metadata.name ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', pv.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', pv.metadata.annotations);
    w.write(LEVEL_0, `Finalizers:\t${goSlice(pv.metadata.finalizers)}\n`);
    w.write(LEVEL_0, `StorageClass:\t${storageClassOf(pv)}\n`);
    w.write(LEVEL_0, `Status:\t${status(pv, now)}\n`);
    w.write(LEVEL_0, `Claim:\t${spec.claimRef ? `${spec.claimRef.namespace ?? ''}/${spec.claimRef.name ?? ''}` : ''}\n`);
    w.write(LEVEL_0, `Reclaim Policy:\t${spec.persistentVolumeReclaimPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Access Modes:\t${accessModesString(spec.accessModes)}\n`);
    if (spec.volumeMode !== undefined && spec.volumeMode !== null) w.write(LEVEL_0, `VolumeMode:\t${spec.volumeMode}\n`);
    w.write(LEVEL_0, `Capacity:\t${quantity(spec.capacity?.storage)}\n`);
    printNodeAffinity(w, spec.nodeAffinity);
    w.write(LEVEL_0, `Message:\t${pv.status?.message ?? ''}\n`);
    w.write(LEVEL_0, 'Source:\n');
    printSource(spec, w);
    if (related.events) writeEvents(w, related.events, now);
  });
}

/** getPodsForPVC: pods mounting the claim, then pods owning it, each once, by name. */
export function podsUsingClaim(pvc: KubeObject, pods: KubeObject[]): KubeObject[] {
  const users = pods.filter((p) => (p.spec?.volumes ?? []).some((v: Obj) => v.persistentVolumeClaim?.claimName === pvc.metadata.name));
  for (const ref of pvc.metadata.ownerReferences ?? []) {
    if (ref.kind !== 'Pod') continue;
    const owner = pods.find((p) => p.metadata.uid === ref.uid);
    if (owner && !users.some((p) => p.metadata.uid === owner.metadata.uid)) users.push(owner);
  }
  return users;
}

export function describePersistentVolumeClaim(pvc: KubeObject, related: StorageRelated): string {
  const now = related.now ?? Date.now();
  return tabbed((w) => {
    const spec: Obj = pvc.spec ?? {};
    const bound = !!spec.volumeName;
    w.write(LEVEL_0, `Name:\t${pvc.metadata.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${pvc.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `StorageClass:\t${storageClassOf(pvc)}\n`);
    w.write(LEVEL_0, `Status:\t${status(pvc, now)}\n`);
    w.write(LEVEL_0, `Volume:\t${spec.volumeName ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', pvc.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', pvc.metadata.annotations);
    w.write(LEVEL_0, `Finalizers:\t${goSlice(pvc.metadata.finalizers)}\n`);
    w.write(LEVEL_0, `Capacity:\t${bound ? quantity(pvc.status?.capacity?.storage) : ''}\n`);
    w.write(LEVEL_0, `Access Modes:\t${bound ? accessModesString(pvc.status?.accessModes) : ''}\n`);
    if (spec.volumeMode !== undefined && spec.volumeMode !== null) w.write(LEVEL_0, `VolumeMode:\t${spec.volumeMode}\n`);
    if (spec.dataSource) {
      w.write(LEVEL_0, 'DataSource:\n');
      if (spec.dataSource.apiGroup !== undefined && spec.dataSource.apiGroup !== null) w.write(LEVEL_1, `APIGroup:\t${spec.dataSource.apiGroup}\n`);
      w.write(LEVEL_1, `Kind:\t${spec.dataSource.kind ?? ''}\n`);
      w.write(LEVEL_1, `Name:\t${spec.dataSource.name ?? ''}\n`);
    }
    const users = podsUsingClaim(pvc, related.pods ?? []).sort((a, b) => String(a.metadata.name).localeCompare(String(b.metadata.name)));
    w.write(LEVEL_0, 'Used By:\t');
    if (!users.length) w.writeLine('<none>');
    users.forEach((p, i) => {
      if (i !== 0) w.write(LEVEL_0, '\t');
      w.write(LEVEL_0, `${p.metadata.name}\n`);
    });
    const conditions: Obj[] = pvc.status?.conditions ?? [];
    if (conditions.length) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of conditions)
        w.write(LEVEL_1, `${c.type ?? ''} \t${c.status ?? ''} \t${rfc1123z(c.lastProbeTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
    if (related.events) writeEvents(w, related.events, now);
  });
}

export function describeStorageClass(sc: KubeObject, related: StorageRelated): string {
  return tabbed((w) => {
    w.write(LEVEL_0, `Name:\t${sc.metadata.name ?? ''}\n`);
    w.write(LEVEL_0, `IsDefaultClass:\t${isDefaultStorageClass(sc) ? 'Yes' : 'No'}\n`);
    w.write(LEVEL_0, `Annotations:\t${formatLabels(sc.metadata.annotations)}\n`);
    w.write(LEVEL_0, `Provisioner:\t${sc.provisioner ?? ''}\n`);
    w.write(LEVEL_0, `Parameters:\t${formatLabels(sc.parameters)}\n`);
    const expand = sc.allowVolumeExpansion;
    w.write(LEVEL_0, `AllowVolumeExpansion:\t${expand === undefined || expand === null ? '<unset>' : expand ? 'True' : 'False'}\n`);
    const options: string[] = sc.mountOptions ?? [];
    if (!options.length) w.write(LEVEL_0, 'MountOptions:\t<none>\n');
    else {
      w.write(LEVEL_0, 'MountOptions:\n');
      for (const o of options) w.write(LEVEL_1, `${o}\n`);
    }
    if (sc.reclaimPolicy !== undefined && sc.reclaimPolicy !== null) w.write(LEVEL_0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`);
    if (sc.volumeBindingMode !== undefined && sc.volumeBindingMode !== null) w.write(LEVEL_0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`);
    if (sc.allowedTopologies !== undefined && sc.allowedTopologies !== null) {
      w.write(LEVEL_0, 'AllowedTopologies:\t');
      const terms: Obj[] = sc.allowedTopologies;
      if (!terms.length) w.writeLine('<none>');
      else {
        w.writeLine('');
        terms.forEach((term, i) => {
          w.write(LEVEL_1, `Term ${i}:\t`);
          const reqs: Obj[] = term.matchLabelExpressions ?? [];
          if (!reqs.length) w.writeLine('<none>');
          reqs.forEach((req, j) => {
            if (j !== 0) w.write(LEVEL_1, '\t');
            const values: string[] = req.values ?? [];
            w.write(LEVEL_0, `${req.key ?? ''} in${values.length ? ` [${values.join(', ')}]` : ''}\n`);
          });
        });
      }
    }
    if (related.events) writeEvents(w, related.events, related.now ?? Date.now());
  });
}
