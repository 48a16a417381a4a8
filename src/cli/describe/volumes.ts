// The Volumes block of pod and pod-template descriptions (kubectl describeVolumes),
// for the volume sources a local cluster meets; others print `<unknown>` like kubectl.
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefix-writer.js';
import { canonicalQuantity, cmpQuantity, parseQuantity, ZERO } from './quantity.js';
import { sortedKeys } from './format.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Writes "Type:\t<kind>" then "    Key:\tvalue" lines (kubectl's single multi-line write). */
function typed(w: PrefixWriter, kind: string, fields: [string, unknown][]): void {
  w.write(LEVEL_2, `Type:\t${kind}\n` + fields.map(([k, v]) => `    ${k}:\t${String(v)}\n`).join(''));
}

const bool = (v: unknown): boolean => v === true;

function hostPath(v: any, w: PrefixWriter): void {
  typed(w, 'HostPath (bare host directory volume)', [
    ['Path', v.path ?? ''],
    ['HostPathType', v.type ?? '<none>'],
  ]);
}

function emptyDir(v: any, w: PrefixWriter): void {
  const q = parseQuantity(v.sizeLimit);
  const size = q && cmpQuantity(q, ZERO) > 0 ? canonicalQuantity(v.sizeLimit) : '<unset>';
  typed(w, "EmptyDir (a temporary directory that shares a pod's lifetime)", [
    ['Medium', v.medium ?? ''],
    ['SizeLimit', size],
  ]);
}

function projected(v: any, w: PrefixWriter): void {
  w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
  for (const s of v.sources ?? []) {
    if (s.secret) w.write(LEVEL_2, `SecretName:\t${s.secret.name ?? ''}\n    Optional:\t${bool(s.secret.optional)}\n`);
    else if (s.downwardAPI) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
    else if (s.configMap) w.write(LEVEL_2, `ConfigMapName:\t${s.configMap.name ?? ''}\n    Optional:\t${bool(s.configMap.optional)}\n`);
    else if (s.serviceAccountToken) w.write(LEVEL_2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 0}\n`);
  }
}

function downwardAPI(v: any, w: PrefixWriter): void {
  w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
  for (const item of v.items ?? []) {
    if (item.fieldRef) w.write(LEVEL_3, `${item.fieldRef.fieldPath ?? ''} -> ${item.path ?? ''}\n`);
    if (item.resourceFieldRef) w.write(LEVEL_3, `${item.resourceFieldRef.resource ?? ''} -> ${item.path ?? ''}\n`);
  }
}

function csi(v: any, w: PrefixWriter): void {
  typed(w, 'CSI (a Container Storage Interface (CSI) volume source)', [
    ['Driver', v.driver ?? ''],
    ['FSType', v.fsType ?? ''],
    ['ReadOnly', bool(v.readOnly)],
  ]);
  const attrs: Record<string, string> = v.volumeAttributes ?? {};
  w.write(LEVEL_2, 'VolumeAttributes:\t');
  const keys = sortedKeys(attrs);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) {
      w.write(LEVEL_2, '');
      w.write(LEVEL_2, '\t');
    }
    const line = `${k}=${attrs[k]}`;
    w.write(LEVEL_2, line.length > 140 ? `${line.slice(0, 140)}...\n` : `${line}\n`);
  });
}

const SOURCES: [string, (v: any, w: PrefixWriter) => void][] = [
  ['hostPath', hostPath],
  ['emptyDir', emptyDir],
  [
    'gitRepo',
    (v, w) =>
      typed(w, 'GitRepo (a volume that is pulled from git when the pod is created)', [
        ['Repository', v.repository ?? ''],
        ['Revision', v.revision ?? ''],
      ]),
  ],
  [
    'secret',
    (v, w) =>
      typed(w, 'Secret (a volume populated by a Secret)', [
        ['SecretName', v.secretName ?? ''],
        ['Optional', bool(v.optional)],
      ]),
  ],
  [
    'configMap',
    (v, w) =>
      typed(w, 'ConfigMap (a volume populated by a ConfigMap)', [
        ['Name', v.name ?? ''],
        ['Optional', bool(v.optional)],
      ]),
  ],
  [
    'nfs',
    (v, w) =>
      typed(w, 'NFS (an NFS mount that lasts the lifetime of a pod)', [
        ['Server', v.server ?? ''],
        ['Path', v.path ?? ''],
        ['ReadOnly', bool(v.readOnly)],
      ]),
  ],
  [
    'persistentVolumeClaim',
    (v, w) =>
      typed(w, 'PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)', [
        ['ClaimName', v.claimName ?? ''],
        ['ReadOnly', bool(v.readOnly)],
      ]),
  ],
  [
    'ephemeral',
    (_v, w) =>
      w.write(LEVEL_2, 'Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n'),
  ],
  ['downwardAPI', downwardAPI],
  ['projected', projected],
  ['csi', csi],
  [
    'image',
    (v, w) =>
      typed(w, 'Image (a container image or OCI artifact)', [
        ['Reference', v.reference ?? ''],
        ['PullPolicy', v.pullPolicy ?? ''],
      ]),
  ],
];

export function describeVolumes(volumes: any[] | undefined, w: PrefixWriter, space: string): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const vol of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${vol.name}:\n`);
    const source = SOURCES.find(([key]) => vol[key]);
    if (source) source[1](vol[source[0]], w);
    else w.write(LEVEL_1, '<unknown>\n');
  }
}
