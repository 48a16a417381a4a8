import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { decodeKubernetesProtobuf } from '../../src/apiserver/protobuf/decode.js';
import { encodeKubernetesProtobuf } from '../../src/apiserver/protobuf/encode.js';

const roundTrip = (o: Record<string, unknown>) => decodeKubernetesProtobuf(encodeKubernetesProtobuf(o));

describe('decodeKubernetesProtobuf', () => {
  it('rejects a body without the k8s\\0 prefix', () => {
    expect(() => decodeKubernetesProtobuf(Buffer.from('{"kind":"Pod"}'))).toThrow(/expected prefix \[107 56 115 0\]/);
  });

  it('rejects an unknown kind', () => {
    const w = protobuf.Writer.create();
    w.uint32(10).fork().uint32(10).string('v1').uint32(18).string('Frobnicator').ldelim();
    const body = Buffer.concat([Buffer.from('k8s\0', 'latin1'), w.finish()]);
    expect(() => decodeKubernetesProtobuf(body)).toThrow('no kind "Frobnicator" is registered for version "v1"');
  });

  it('round-trips a pod with probes (inline handler), volumes (inline source) and resources', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'default', labels: { a: '', b: 'c' }, creationTimestamp: '2024-01-02T03:04:05Z', generation: 3 },
      spec: {
        containers: [
          {
            name: 'c',
            image: 'nginx',
            ports: [{ containerPort: 80, protocol: 'TCP' }],
            resources: { limits: { cpu: '500m', memory: '128Mi' } },
            livenessProbe: { httpGet: { path: '/', port: 'http' }, periodSeconds: 5 },
            readinessProbe: { tcpSocket: { port: 80 } },
            securityContext: { privileged: false, runAsUser: 0 },
            volumeMounts: [{ name: 'scratch', mountPath: '/tmp' }],
          },
        ],
        volumes: [{ name: 'scratch', emptyDir: {} }, { name: 'cfg', configMap: { name: 'cm', defaultMode: 420 } }],
        terminationGracePeriodSeconds: 0,
      },
    };
    expect(roundTrip(pod)).toEqual(pod);
  });

  it('keeps pointer zero values and drops non-pointer ones', () => {
    const d = roundTrip({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd', generateName: '' },
      spec: { replicas: 0, paused: false, minReadySeconds: 0, strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: '25%' } } },
    });
    expect(d).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec: { replicas: 0, strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: '25%' } } },
    });
  });

  it('decodes times with fractions (MicroTime) and pointer times', () => {
    const ev = roundTrip({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'e', deletionTimestamp: '2024-05-06T07:08:09Z' },
      involvedObject: { kind: 'Pod', name: 'p' },
      eventTime: '2024-05-06T07:08:09.123456Z',
      count: 2,
    });
    expect(ev.eventTime).toBe('2024-05-06T07:08:09.123456Z');
    expect((ev.metadata as Record<string, unknown>).deletionTimestamp).toBe('2024-05-06T07:08:09Z');
  });

  it('decodes managedFields fieldsV1 as embedded JSON and bytes as base64', () => {
    const s = roundTrip({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', managedFields: [{ manager: 'kubectl', operation: 'Update', fieldsType: 'FieldsV1', fieldsV1: { 'f:data': {} } }] },
      data: { k: Buffer.from([0, 1, 255]).toString('base64') },
      type: 'Opaque',
    });
    expect(s).toMatchObject({ data: { k: 'AAH/' }, metadata: { managedFields: [{ fieldsV1: { 'f:data': {} } }] } });
  });
});
