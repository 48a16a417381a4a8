// The kubelet's image manager: pull policy, "pulls" from the built-in catalog, image pull
// back-off and the events and waiting reasons that go with each outcome.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KubeObject } from '../client/types.js';
import { isImagePullError, resolveImage, type ResolvedImage } from './images/catalog.js';
import { Backoff, goMillis } from './backoff.js';

export type PullOutcome =
  | { image: ResolvedImage }
  | { waiting: { reason: string; message: string }; retryAt?: number };

export interface PullEvents {
  normal(reason: string, message: string): void;
  warning(reason: string, message: string): void;
}

/** Images present on a node, kept on disk so "already present" survives a restart. */
export class NodeImages {
  private present: Set<string>;

  constructor(private file: string) {
    let list: string[] = [];
    try {
      if (existsSync(file)) list = JSON.parse(readFileSync(file, 'utf8')) as string[];
    } catch {
      list = [];
    }
    this.present = new Set(list);
  }

  has(ref: string): boolean {
    return this.present.has(ref);
  }

  add(ref: string): void {
    if (this.present.has(ref)) return;
    this.present.add(ref);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(this.file, JSON.stringify([...this.present]));
    } catch {
      // presence is an optimisation only
    }
  }
}

/** How soon after ErrImagePull the next sync shows ImagePullBackOff, as the pod worker's requeue does. */
const ERR_TO_BACKOFF_MS = 1500;

export class ImagePuller {
  private readonly backoff = new Backoff();
  private readonly prevError = new Map<string, string>();

  constructor(private images: NodeImages) {}

  pull(podUID: string, container: KubeObject, ev: PullEvents): PullOutcome {
    const image: string = container.image;
    const resolved = resolveImage(image);
    if (isImagePullError(resolved) && resolved.reason === 'InvalidImageName') {
      ev.warning(resolved.eventReason, resolved.message);
      ev.warning('Failed', 'Error: InvalidImageName');
      return { waiting: { reason: 'InvalidImageName', message: resolved.message } };
    }
    const present = !isImagePullError(resolved) && this.images.has(resolved.ref);
    const policy: string = container.imagePullPolicy ?? (/:latest$|^[^:@]*$/.test(image.split('/').pop() ?? '') ? 'Always' : 'IfNotPresent');
    if (policy === 'Never' && !present) {
      const message = `Container image "${image}" is not present with pull policy of Never`;
      ev.warning('ErrImageNeverPull', message);
      ev.warning('Failed', 'Error: ErrImageNeverPull');
      return { waiting: { reason: 'ErrImageNeverPull', message } };
    }
    if (policy !== 'Always' && present && !isImagePullError(resolved)) {
      ev.normal('Pulled', `Container image "${image}" already present on machine`);
      return { image: resolved };
    }
    const key = `${podUID}_${image}`;
    if (this.backoff.isInBackOffSinceUpdate(key)) {
      const msg = `Back-off pulling image "${image}"`;
      ev.normal('BackOff', msg);
      ev.warning('Failed', 'Error: ImagePullBackOff');
      const prev = this.prevError.get(key);
      return { waiting: { reason: 'ImagePullBackOff', message: prev ? `${msg}: ${prev}` : msg }, retryAt: this.backoff.windowEnd(key) };
    }
    ev.normal('Pulling', `Pulling image "${image}"`);
    const started = Date.now();
    if (isImagePullError(resolved)) {
      ev.warning('Failed', resolved.message);
      this.backoff.next(key);
      this.prevError.set(key, `ErrImagePull: ${resolved.error}`);
      ev.warning('Failed', 'Error: ErrImagePull');
      return { waiting: { reason: 'ErrImagePull', message: resolved.error }, retryAt: Date.now() + ERR_TO_BACKOFF_MS };
    }
    this.prevError.delete(key);
    this.backoff.reset(key);
    this.images.add(resolved.ref);
    const took = goMillis(Date.now() - started);
    ev.normal('Pulled', `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${resolved.sizeBytes} bytes.`);
    return { image: resolved };
  }

  forgetPod(podUID: string): void {
    this.backoff.forgetPrefix(`${podUID}_`);
    for (const k of this.prevError.keys()) if (k.startsWith(`${podUID}_`)) this.prevError.delete(k);
  }
}
