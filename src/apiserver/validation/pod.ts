// ValidatePodCreate / ValidatePodUpdate (pkg/apis/core/validation, 1.33).
import { isDeepStrictEqual } from 'node:util';
import { field, type FieldError } from '../errors.js';
import { validateContainersOnlyForPod } from './containers.js';
import { nameIsDNSSubdomain } from './names.js';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectmeta.js';
import { validatePodSpec } from './podspec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

// InPlacePodVerticalScaling is on in 1.33, so resources are listed as updatable
const UPDATABLE_FIELDS = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
  '`spec.containers[*].resources` (for CPU/memory only)',
].join(',');

function validatePodMetadataAndSpec(pod: Obj): FieldError[] {
  return [
    ...validateObjectMeta(pod.metadata ?? {}, nameIsDNSSubdomain),
    ...validatePodSpec(pod.spec, 'spec'),
    ...validateContainersOnlyForPod(pod.spec?.containers, 'spec.containers'),
    ...validateContainersOnlyForPod(pod.spec?.initContainers, 'spec.initContainers'),
  ];
}

export function validatePodCreate(pod: Obj): FieldError[] {
  const errs = validatePodMetadataAndSpec(pod);
  if ((pod.spec?.ephemeralContainers ?? []).length) errs.push(field.forbidden('spec.ephemeralContainers', 'cannot be set on create'));
  if (pod.spec?.nodeName && (pod.spec?.schedulingGates ?? []).length)
    errs.push(field.forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'));
  return errs;
}

function containerUpdates(next: Obj[] | undefined, prev: Obj[] | undefined, path: string): { errs: FieldError[]; stop: boolean } {
  const a = next ?? [];
  if (a.length !== (prev ?? []).length) return { errs: [field.forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errs: FieldError[] = [];
  a.forEach((c, i) => {
    if (!c.image) errs.push(field.required(`${path}[${i}].image`, ''));
    const image = String(c.image ?? '');
    if (image.trim() !== image) errs.push(field.invalid(`${path}[${i}].image`, image, 'must not have leading or trailing whitespace'));
  });
  return { errs, stop: false };
}

/** A short stand-in for upstream's cmp.Diff of the two pod specs. */
function specDiff(prev: Obj, next: Obj): string {
  const keys = [...new Set([...Object.keys(prev), ...Object.keys(next)])].sort();
  const lines = ['  core.PodSpec{'];
  for (const k of keys) {
    if (isDeepStrictEqual(prev[k], next[k])) continue;
    if (prev[k] !== undefined) lines.push(`- \t${k}: ${JSON.stringify(prev[k])},`);
    if (next[k] !== undefined) lines.push(`+ \t${k}: ${JSON.stringify(next[k])},`);
  }
  lines.push('  }');
  return `${lines.join('\n')}\n`;
}

export function validatePodUpdate(pod: Obj, old: Obj): FieldError[] {
  const errs = [...validateObjectMetaUpdate(pod.metadata ?? {}, old.metadata ?? {}), ...validatePodMetadataAndSpec(pod)];
  const spec: Obj = pod.spec ?? {};
  const oldSpec: Obj = old.spec ?? {};
  for (const [key, path] of [['containers', 'spec.containers'], ['initContainers', 'spec.initContainers']]) {
    const r = containerUpdates(spec[key], oldSpec[key], path);
    errs.push(...r.errs);
    if (r.stop) return errs;
  }
  const ads = spec.activeDeadlineSeconds;
  if (typeof ads === 'number') {
    if (ads < 0 || ads > 2147483647) {
      errs.push(field.invalid('spec.activeDeadlineSeconds', ads, 'must be between 0 and 2147483647, inclusive'));
      return errs;
    }
    if (typeof oldSpec.activeDeadlineSeconds === 'number' && oldSpec.activeDeadlineSeconds < ads) {
      errs.push(field.invalid('spec.activeDeadlineSeconds', ads, 'must be less than or equal to previous value'));
      return errs;
    }
  } else if (typeof oldSpec.activeDeadlineSeconds === 'number') {
    errs.push(field.invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'));
  }
  if (isDeepStrictEqual(spec, oldSpec)) return errs;
  // the updatable fields are taken from the new spec; anything else must be unchanged
  const munged: Obj = { ...spec };
  const withOld = (list: Obj[] | undefined, oldList: Obj[] | undefined, resources: boolean) =>
    list?.map((c, i) => {
      const prev = oldList?.[i] ?? {};
      const out: Obj = { ...c, image: prev.image };
      if (resources) out.resources = mungeResources(c.resources, prev.resources);
      return out;
    });
  munged.containers = withOld(spec.containers, oldSpec.containers, true);
  if (spec.initContainers) munged.initContainers = withOld(spec.initContainers, oldSpec.initContainers, false);
  for (const k of ['activeDeadlineSeconds', 'schedulingGates', 'tolerations']) {
    if (oldSpec[k] === undefined) delete munged[k];
    else munged[k] = oldSpec[k];
  }
  if (!isDeepStrictEqual(normalize(munged), normalize(oldSpec)))
    errs.push(field.forbidden('spec', `pod updates may not change fields other than ${UPDATABLE_FIELDS}\n${specDiff(oldSpec, munged)}`));
  return errs;
}

/** CPU and memory are mutable in place; other resources must stay as they were. */
function mungeResources(res: Obj | undefined, prev: Obj | undefined): Obj {
  const out: Obj = { ...(res ?? {}) };
  for (const list of ['limits', 'requests']) {
    if (!prev?.[list]) continue;
    const m: Obj = { ...(res?.[list] ?? {}) };
    delete m.cpu;
    delete m.memory;
    if (prev[list].cpu !== undefined) m.cpu = prev[list].cpu;
    if (prev[list].memory !== undefined) m.memory = prev[list].memory;
    out[list] = m;
  }
  return out;
}

// JSON round trip drops undefined members so absent and undefined compare equal
const normalize = (o: unknown): unknown => JSON.parse(JSON.stringify(o ?? null));
