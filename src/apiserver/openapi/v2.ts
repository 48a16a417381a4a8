// /openapi/v2 (gnostic protobuf), which kubectl 1.27/1.28 read. Not served yet.
export function openapiV2Protobuf(): Uint8Array | undefined {
  return undefined;
}
