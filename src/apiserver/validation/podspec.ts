// ValidatePodSpec and ValidatePodTemplateSpec (pkg/apis/core/validation, 1.33), in
// upstream's order. Volumes, affinity and security contexts are checked lightly.
import { field, type FieldError } from '../errors.js';
import { goStringSlice, goValue } from './gorepr.js';
import { validateContainers, validateInitContainers, type PodContext } from './containers.js';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from './names.js';
import { validateAnnotations, validateLabelName, validateLabels } from './objectmeta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

// the order validateVolumeSource checks the sources in; two keep upstream's path typos
const VOLUME_SOURCES: [string, string][] = [
  ['emptyDir', 'emptyDir'], ['hostPath', 'hostPath'], ['gitRepo', 'gitRepo'], ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'], ['secret', 'secret'], ['nfs', 'nfs'], ['iscsi', 'iscsi'], ['glusterfs', 'glusterfs'],
  ['flocker', 'flocker'], ['persistentVolumeClaim', 'persistentVolumeClaim'], ['rbd', 'rbd'], ['cinder', 'cinder'], ['cephfs', 'cephFS'],
  ['quobyte', 'quobyte'], ['downwardAPI', 'downwarAPI'], ['fc', 'fc'], ['flexVolume', 'flexVolume'], ['configMap', 'configMap'],
  ['azureFile', 'azureFile'], ['vsphereVolume', 'vsphereVolume'], ['photonPersistentDisk', 'photonPersistentDisk'],
  ['portworxVolume', 'portworxVolume'], ['azureDisk', 'azureDisk'], ['storageos', 'storageos'], ['projected', 'projected'],
  ['scaleIO', 'scaleIO'], ['csi', 'csi'], ['ephemeral', 'ephemeral'], ['image', 'image'],
];

// the one field each common source must name
const REQUIRED_SOURCE_FIELD: Record<string, string> = { hostPath: 'path', secret: 'secretName', configMap: 'name', persistentVolumeClaim: 'claimName' };

function validateVolumeSource(vol: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  for (const [key, forbiddenName] of VOLUME_SOURCES) {
    const src = vol[key];
    if (src === undefined || src === null) continue;
    if (count > 0) {
      errs.push(field.forbidden(`${path}.${forbiddenName}`, 'may not specify more than 1 volume type'));
      continue;
    }
    count++;
    const req = REQUIRED_SOURCE_FIELD[key];
    if (req && !src[req]) errs.push(field.required(`${path}.${key}.${req}`, ''));
  }
  if (!count) errs.push(field.required(path, 'must specify a volume type'));
  return errs;
}

/** ValidateVolumes: returns the names that containers may mount. */
function validateVolumes(volumes: Obj[] | undefined, path: string, errs: FieldError[]): Set<string> {
  const names = new Set<string>();
  (volumes ?? []).forEach((vol, i) => {
    const p = `${path}[${i}]`;
    const el = validateVolumeSource(vol, p);
    if (!vol.name) el.push(field.required(`${p}.name`, ''));
    else el.push(...isDNS1123Label(vol.name).map((m) => field.invalid(`${p}.name`, vol.name, m)));
    if (names.has(vol.name ?? '')) el.push(field.duplicate(`${p}.name`, vol.name ?? ''));
    if (!el.length) names.add(vol.name);
    else errs.push(...el);
  });
  return names;
}

function validateTolerations(tolerations: Obj[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (tolerations ?? []).forEach((t, i) => {
    const p = `${path}[${i}]`;
    const key = t.key ?? '';
    const op = t.operator ?? '';
    if (key) errs.push(...validateLabelName(key, `${p}.key`));
    if (!key && op !== 'Exists') errs.push(field.invalid(`${p}.operator`, op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && t.effect !== 'NoExecute')
      errs.push(field.invalid(`${p}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    if (op === 'Equal' || op === '') {
      const msgs = isValidLabelValue(String(t.value ?? ''));
      if (msgs.length) errs.push(field.invalid(`${p}.operator`, t.value ?? '', msgs.join(';')));
    } else if (op === 'Exists') {
      if (t.value) errs.push(field.invalid(`${p}.operator`, goValue('core.Toleration{...}'), "value must be empty when `operator` is 'Exists'"));
    } else errs.push(field.notSupported(`${p}.operator`, op, ['Equal', 'Exists']));
    if (t.effect && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(t.effect))
      errs.push(field.notSupported(`${p}.effect`, t.effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute']));
  });
  return errs;
}

function validatePodSecurityContext(sc: Obj | undefined, path: string): FieldError[] {
  if (!sc) return [];
  const errs: FieldError[] = [];
  const idRange = 'must be between 0 and 2147483647, inclusive';
  for (const f of ['fsGroup', 'runAsUser', 'runAsGroup'])
    if (typeof sc[f] === 'number' && (sc[f] < 0 || sc[f] > 2147483647)) errs.push(field.invalid(`${path}.${f}`, sc[f], idRange));
  (sc.supplementalGroups ?? []).forEach((g: number, i: number) => {
    if (g < 0 || g > 2147483647) errs.push(field.invalid(`${path}.supplementalGroups[${i}]`, g, idRange));
  });
  return errs;
}

function validateDNSConfig(cfg: Obj | undefined, dnsPolicy: string, path: string): FieldError[] {
  if (dnsPolicy === 'None') {
    if (!cfg) return [field.required(path, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if (!(cfg.nameservers ?? []).length) return [field.required(`${path}.nameservers`, 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
  }
  if (!cfg) return [];
  const errs: FieldError[] = [];
  if ((cfg.nameservers ?? []).length > 3) errs.push(field.invalid(`${path}.nameservers`, goValue(goStringSlice(cfg.nameservers)), 'must not have more than 3 nameservers'));
  (cfg.searches ?? []).forEach((s: string, i: number) => {
    const search = String(s).replace(/\.$/, '');
    errs.push(...isDNS1123Subdomain(search).map((m) => field.invalid(`${path}.searches[${i}]`, search, m)));
  });
  return errs;
}

const nameErrors = (value: unknown, path: string, check: (s: string) => string[]): FieldError[] =>
  value ? check(String(value)).map((m) => field.invalid(path, value, m)) : [];

export function validatePodSpec(spec: Obj | undefined, path: string): FieldError[] {
  const s: Obj = spec ?? {};
  const errs: FieldError[] = [];
  if (s.terminationGracePeriodSeconds === undefined || s.terminationGracePeriodSeconds === null)
    errs.push(field.required(`${path}.terminationGracePeriodSeconds`, ''));
  const volumes = validateVolumes(s.volumes, `${path}.volumes`, errs);
  const ctx: PodContext = { grace: s.terminationGracePeriodSeconds ?? undefined, volumes };
  errs.push(...validateContainers(s.containers, ctx, `${path}.containers`));
  errs.push(...validateInitContainers(s.initContainers, s.containers, ctx, `${path}.initContainers`));
  const rp = s.restartPolicy ?? '';
  if (!rp) errs.push(field.required(`${path}.restartPolicy`, ''));
  else if (!['Always', 'OnFailure', 'Never'].includes(rp)) errs.push(field.notSupported(`${path}.restartPolicy`, rp, ['Always', 'OnFailure', 'Never']));
  const dns = s.dnsPolicy ?? '';
  const dnsValues = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
  if (!dns) errs.push(field.required(`${path}.dnsPolicy`, ''));
  else if (!dnsValues.includes(dns)) errs.push(field.notSupported(`${path}.dnsPolicy`, dns, dnsValues));
  errs.push(...validateLabels(s.nodeSelector, `${path}.nodeSelector`));
  errs.push(...validatePodSecurityContext(s.securityContext, `${path}.securityContext`));
  errs.push(...validateDNSConfig(s.dnsConfig, dns, `${path}.dnsConfig`));
  (s.readinessGates ?? []).forEach((g: Obj, i: number) => {
    errs.push(...nameErrors(g.conditionType ?? '', `${path}.readinessGates[${i}].conditionType`, isQualifiedName));
  });
  errs.push(...nameErrors(s.serviceAccountName, `${path}.serviceAccountName`, isDNS1123Subdomain));
  errs.push(...nameErrors(s.nodeName, `${path}.nodeName`, isDNS1123Subdomain));
  if (typeof s.activeDeadlineSeconds === 'number' && (s.activeDeadlineSeconds < 1 || s.activeDeadlineSeconds > 2147483647))
    errs.push(field.invalid(`${path}.activeDeadlineSeconds`, s.activeDeadlineSeconds, 'must be between 1 and 2147483647, inclusive'));
  errs.push(...nameErrors(s.hostname, `${path}.hostname`, isDNS1123Label));
  errs.push(...nameErrors(s.subdomain, `${path}.subdomain`, isDNS1123Label));
  errs.push(...validateTolerations(s.tolerations, `${path}.tolerations`));
  errs.push(...nameErrors(s.priorityClassName, `${path}.priorityClassName`, isDNS1123Subdomain));
  if (s.preemptionPolicy !== undefined && s.preemptionPolicy !== null && !['PreemptLowerPriority', 'Never'].includes(s.preemptionPolicy))
    errs.push(field.notSupported(`${path}.preemptionPolicy`, s.preemptionPolicy, ['PreemptLowerPriority', 'Never']));
  return errs;
}

/** ValidatePodTemplateSpec: labels, annotations, then the spec. */
export function validatePodTemplateSpec(template: Obj, path: string): FieldError[] {
  const md = template.metadata ?? {};
  const errs = [...validateLabels(md.labels, `${path}.labels`), ...validateAnnotations(md.annotations, `${path}.annotations`)];
  errs.push(...validatePodSpec(template.spec, `${path}.spec`));
  if ((template.spec?.ephemeralContainers ?? []).length)
    errs.push(field.forbidden(`${path}.spec.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  return errs;
}
