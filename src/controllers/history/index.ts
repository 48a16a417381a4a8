// Controller history shared by the StatefulSet and DaemonSet controllers
// (pkg/controller/history): revision hashing/naming, pure helpers and the API writes.
export { CONTROLLER_REVISION_HASH_LABEL, controllerRevisionName, fnv1_32, goJsonMarshal, hashControllerRevision } from './hash.js';
export {
  equalRevision,
  findEqualRevisions,
  newControllerRevision,
  nextRevision,
  ownedRevisions,
  revisionsToPrune,
  sortControllerRevisions,
  type ParentKind,
} from './revisions.js';
export { claimControllerRevisions, createControllerRevision, deleteControllerRevision, updateControllerRevision } from './client.js';
