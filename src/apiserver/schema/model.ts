// One description of the API types, from which protobuf decoding, OpenAPI
// documents, strict field validation, `explain` and strategic-merge keys derive.
// Field numbers and json names follow k8s.io/api's generated.proto.

export type FieldType =
  | { kind: 'string' }
  | { kind: 'bytes' } // base64 in JSON
  | { kind: 'int32' }
  | { kind: 'int64' }
  | { kind: 'bool' }
  | { kind: 'double' }
  | { kind: 'intOrString' } // intstr.IntOrString message on the wire
  | { kind: 'quantity' } // resource.Quantity: message {1 string}
  | { kind: 'time' } // metav1.Time / MicroTime: message {1 seconds, 2 nanos}, RFC3339 in JSON
  | { kind: 'rawExtension' } // runtime.RawExtension: message {1 raw bytes (JSON)}
  | { kind: 'message'; type: string } // a TypeDef name, e.g. "io.k8s.api.core.v1.PodSpec"
  | { kind: 'map'; value: FieldType }; // map<string, value>

export interface FieldDef {
  /** json name */
  name: string;
  /** protobuf field number */
  proto: number;
  type: FieldType;
  repeated?: boolean;
  description?: string;
  /** strategic merge patch: x-kubernetes-patch-strategy */
  patchStrategy?: 'merge' | 'replace' | 'retainKeys' | 'merge,retainKeys';
  /** strategic merge patch: x-kubernetes-patch-merge-key */
  patchMergeKey?: string;
  /** x-kubernetes-list-type */
  listType?: 'atomic' | 'set' | 'map';
  listMapKeys?: string[];
}

export interface TypeDef {
  /** OpenAPI definition name, e.g. "io.k8s.api.apps.v1.Deployment" */
  name: string;
  description?: string;
  fields: FieldDef[];
  required?: string[];
  /** set for top-level kinds */
  gvk?: { group: string; version: string; kind: string };
}
