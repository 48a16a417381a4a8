// coordination.k8s.io/v1: leases (the kubelet's node heartbeat). From k8s.io/api
// coordination/v1 generated.proto (release-1.33): json names and protobuf numbers.
import type { TypeDef } from './model.js';
import { INT32, STRING, TIME, message, meta } from './field-kinds.js';

const coordination = message('io.k8s.api.coordination.v1.');

export const COORDINATION_TYPES: TypeDef[] = [
  {
    name: 'io.k8s.api.coordination.v1.Lease',
    gvk: { group: 'coordination.k8s.io', version: 'v1', kind: 'Lease' },
    description: 'Lease defines a lease concept.',
    fields: [
      { name: 'metadata', proto: 1, type: meta('ObjectMeta'), description: "More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata" },
      { name: 'spec', proto: 2, type: coordination('LeaseSpec'), description: 'spec contains the specification of the Lease.' },
    ],
  },
  {
    name: 'io.k8s.api.coordination.v1.LeaseSpec',
    description: 'LeaseSpec is a specification of a Lease.',
    fields: [
      { name: 'holderIdentity', proto: 1, type: STRING, description: 'holderIdentity contains the identity of the holder of a current lease.' },
      { name: 'leaseDurationSeconds', proto: 2, type: INT32, description: 'leaseDurationSeconds is a duration that candidates for a lease need to wait to force acquire it.' },
      { name: 'acquireTime', proto: 3, type: TIME, description: 'acquireTime is a time when the current lease was acquired.' },
      { name: 'renewTime', proto: 4, type: TIME, description: 'renewTime is a time when the current holder of a lease has last updated the lease.' },
      { name: 'leaseTransitions', proto: 5, type: INT32, description: 'leaseTransitions is the number of transitions of a lease between holders.' },
      { name: 'strategy', proto: 6, type: STRING, description: 'Strategy indicates the strategy for picking the leader for coordinated leader election.' },
      { name: 'preferredHolder', proto: 7, type: STRING, description: 'PreferredHolder signals to a lease holder that the lease has a more optimal holder and should be given up.' },
    ],
  },
  {
    name: 'io.k8s.api.coordination.v1.LeaseList',
    gvk: { group: 'coordination.k8s.io', version: 'v1', kind: 'LeaseList' },
    description: 'LeaseList is a list of Lease objects.',
    required: ['items'],
    fields: [
      { name: 'metadata', proto: 1, type: meta('ListMeta'), description: 'Standard list metadata.' },
      { name: 'items', proto: 2, type: coordination('Lease'), repeated: true, description: 'items is a list of schema objects.' },
    ],
  },
];
