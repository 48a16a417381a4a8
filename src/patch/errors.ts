// Patch failures, tagged with how kube-apiserver's PATCH handler reports them
// (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go).
import yaml from 'js-yaml';
import { StatusError, type Status } from '../apiserver/errors.js';

/**
 * - BadRequest: 400, the message is shown (undecodable patch, malformed directives).
 * - Unprocessable: 422 "Invalid" with the generic message; the detail is dropped
 *   by the apiserver (a json-patch op that does not apply, lists of lists).
 * - TooLarge: 413 (more than 10000 json-patch operations).
 * - Unknown: any other engine error; the apiserver answers 500 with the raw text and no reason.
 */
export type PatchErrorKind = 'BadRequest' | 'Unprocessable' | 'TooLarge' | 'Unknown';

export class PatchError extends Error {
  constructor(
    public readonly kind: PatchErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'PatchError';
  }

  /** The metav1.Status kube-apiserver would answer with. */
  toStatusError(): StatusError {
    const base = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure' } as const;
    let s: Status;
    switch (this.kind) {
      case 'BadRequest':
        s = { ...base, message: this.message, reason: 'BadRequest', code: 400 };
        break;
      case 'Unprocessable':
        // errors.NewGenericServerResponse(422, ...) keeps only a canned message.
        s = { ...base, message: 'the server rejected our request due to an error in our request', reason: 'Invalid', details: {}, code: 422 };
        break;
      case 'TooLarge':
        s = { ...base, message: `Request entity too large: ${this.message}`, reason: 'RequestEntityTooLarge', code: 413 };
        break;
      default:
        s = { ...base, message: this.message, code: 500 };
    }
    return new StatusError(s);
  }
}

export const badRequest = (msg: string) => new PatchError('BadRequest', msg);
export const unprocessable = (msg: string) => new PatchError('Unprocessable', msg);
export const unknownError = (msg: string) => new PatchError('Unknown', msg);

// mergepatch's sentinel errors, worded as upstream.
export const ERR = {
  badJSONDoc: 'invalid JSON document',
  noListOfLists: 'lists of lists are not supported',
  badPrimitiveList: 'invalid patch format of primitive list',
  badRetainKeys: 'invalid patch format of retainKeys',
  badSetElementOrder: 'invalid patch format of setElementOrder list',
} as const;

/** Strategic-merge engine error mapped like interpretStrategicMergePatchError. */
export function smpError(msg: string): PatchError {
  if (msg === ERR.badJSONDoc || msg === ERR.badPrimitiveList || msg === ERR.badRetainKeys || msg === ERR.badSetElementOrder) {
    return badRequest(msg);
  }
  if (msg === ERR.noListOfLists) return unprocessable(msg);
  return unknownError(msg);
}

/** mergepatch.ErrConflict, raised by three-way patches with overwrite=false. */
export function conflictError(patch: unknown, changed: unknown): PatchError {
  const y = (v: unknown) => yaml.dump(v, { sortKeys: true, noArrayIndent: true, lineWidth: -1 });
  return new PatchError('Unknown', `patch:\n${y(patch)}\nconflicts with changes made from original to current:\n${y(changed)}\n`);
}
