import { describe, expect, it } from 'vitest';
import { DNS1035_MSG, errorsOf, LABEL_MSG, LABEL_VALUE_MSG, pod, QNAME_PART, RES, service, simple, SUBDOMAIN_MSG } from './validation-fixtures.js';

describe('Pod validation', () => {
  it('accepts a plain pod', () => {
    expect(errorsOf(RES.pods, pod())).toEqual([]);
  });

  const cases: [string, ReturnType<typeof pod>, string[]][] = [
    ['no containers', pod((p) => (p.spec.containers = [])), ['spec.containers: Required value']],
    [
      'bad and duplicate container names',
      pod((p) => (p.spec.containers = [{ name: 'web', image: 'a' }, { name: 'web', image: 'b' }, { name: 'Web_1', image: 'c' }])),
      ['spec.containers[1].name: Duplicate value: "web"', `spec.containers[2].name: Invalid value: "Web_1": ${LABEL_MSG}`],
    ],
    ['missing image', pod((p) => delete p.spec.containers[0].image), ['spec.containers[0].image: Required value']],
    [
      'port out of range and bad protocol',
      pod((p) => (p.spec.containers[0].ports = [{ containerPort: 70000, protocol: 'HTTP' }])),
      [
        'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
        'spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
      ],
    ],
    ['missing containerPort', pod((p) => (p.spec.containers[0].ports = [{ name: 'http' }])), ['spec.containers[0].ports[0].containerPort: Required value']],
    [
      'bad port name',
      pod((p) => (p.spec.containers[0].ports = [{ name: 'HTTP', containerPort: 80 }])),
      [
        'spec.containers[0].ports[0].name: Invalid value: "HTTP": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
        'spec.containers[0].ports[0].name: Invalid value: "HTTP": must contain at least one letter (a-z)',
      ],
    ],
    [
      'env names',
      pod((p) => (p.spec.containers[0].env = [{ name: '' }, { name: 'A=B', value: 'x' }, { name: '1_OK' }])),
      [
        'spec.containers[0].env[0].name: Required value',
        "spec.containers[0].env[1].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
      ],
    ],
    [
      'env fieldRef outside the allowed paths',
      pod((p) => (p.spec.containers[0].env = [{ name: 'X', valueFrom: { fieldRef: { fieldPath: 'status.phase' } } }])),
      [
        'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"',
      ],
    ],
    [
      'restartPolicy',
      pod((p) => (p.spec.restartPolicy = 'Sometimes')),
      ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'],
    ],
    [
      'request above limit',
      pod((p) => (p.spec.containers[0].resources = { limits: { cpu: '1' }, requests: { cpu: '2000m' } })),
      ['spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1'],
    ],
    [
      'unknown resource name',
      pod((p) => (p.spec.containers[0].resources = { limits: { cpus: '1' } })),
      [
        'spec.containers[0].resources.limits[cpus]: Invalid value: "cpus": must be a standard resource type or fully qualified',
        'spec.containers[0].resources.limits[cpus]: Invalid value: "cpus": must be a standard resource for containers',
        // pods copy limits into missing requests before validation
        'spec.containers[0].resources.requests[cpus]: Invalid value: "cpus": must be a standard resource type or fully qualified',
        'spec.containers[0].resources.requests[cpus]: Invalid value: "cpus": must be a standard resource for containers',
      ],
    ],
    [
      'negative quantity',
      pod((p) => (p.spec.containers[0].resources = { requests: { memory: '-1Gi' } })),
      ['spec.containers[0].resources.requests[memory]: Invalid value: "-1Gi": must be greater than or equal to 0'],
    ],
    [
      'mount of an unknown volume',
      pod((p) => (p.spec.containers[0].volumeMounts = [{ name: 'data', mountPath: '/data' }])),
      ['spec.containers[0].volumeMounts[0].name: Not found: "data"'],
    ],
    [
      'probe without handler',
      pod((p) => (p.spec.containers[0].livenessProbe = { periodSeconds: 5 })),
      ['spec.containers[0].livenessProbe: Required value: must specify a handler type'],
    ],
    [
      'liveness successThreshold',
      pod((p) => (p.spec.containers[0].livenessProbe = { tcpSocket: { port: 80 }, successThreshold: 2 })),
      ['spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1'],
    ],
    [
      'probe port and scheme',
      pod((p) => (p.spec.containers[0].readinessProbe = { httpGet: { port: 0, scheme: 'FTP' } })),
      [
        'spec.containers[0].readinessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive',
        'spec.containers[0].readinessProbe.httpGet.scheme: Unsupported value: "FTP": supported values: "HTTP", "HTTPS"',
      ],
    ],
    [
      'imagePullPolicy',
      pod((p) => (p.spec.containers[0].imagePullPolicy = 'Sometimes')),
      ['spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"'],
    ],
    [
      'image with whitespace (pods only)',
      pod((p) => (p.spec.containers[0].image = ' nginx')),
      ['spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace'],
    ],
    [
      'dnsPolicy',
      pod((p) => (p.spec.dnsPolicy = 'Cluster')),
      ['spec.dnsPolicy: Unsupported value: "Cluster": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"'],
    ],
    [
      'generateName and label checks',
      pod((p) => {
        p.metadata = { generateName: 'Web-', name: 'Web-abcde', namespace: 'default', labels: { 'a/b/c': 'x', ok: '-bad' } };
      }),
      [
        `metadata.generateName: Invalid value: "Web-": ${SUBDOMAIN_MSG}`,
        `metadata.name: Invalid value: "Web-abcde": ${SUBDOMAIN_MSG}`,
        `metadata.labels: Invalid value: "a/b/c": a qualified name ${QNAME_PART} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
        `metadata.labels: Invalid value: "-bad": ${LABEL_VALUE_MSG}`,
      ],
    ],
    [
      'missing name',
      pod((p) => delete p.metadata.name),
      ['metadata.name: Required value: name or generateName is required'],
    ],
    [
      'finalizer name',
      pod((p) => (p.metadata.finalizers = ['custom'])),
      ['metadata.finalizers[0]: Invalid value: "custom": name is neither a standard finalizer name nor is it fully qualified'],
    ],
    [
      'annotations too large',
      pod((p) => (p.metadata.annotations = { big: 'x'.repeat(256 * 1024) })),
      ['metadata.annotations: Too long: may not be more than 262144 bytes'],
    ],
  ];
  it.each(cases)('%s', (_name, obj, want) => {
    expect(errorsOf(RES.pods, obj)).toEqual(want);
  });

  it('forbids spec changes other than images on update', () => {
    const old = pod();
    expect(errorsOf(RES.pods, pod((p) => (p.spec.containers[0].image = 'nginx:1.28')), old)).toEqual([]);
    const errs = errorsOf(RES.pods, pod((p) => (p.spec.restartPolicy = 'Never')), old);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^spec: Forbidden: pod updates may not change fields other than `spec.containers\[\*\].image`,`spec.initContainers\[\*\].image`,/);
    expect(errorsOf(RES.pods, pod((p) => p.spec.containers.push({ name: 'b', image: 'b' })), old)).toEqual([
      'spec.containers: Forbidden: pod updates may not add or remove containers',
    ]);
  });
});

describe('Service validation', () => {
  it('accepts a plain service', () => {
    expect(errorsOf(RES.services, service())).toEqual([]);
    expect(errorsOf(RES.services, service((s) => (s.spec = { clusterIP: 'None', selector: { app: 'web' } })))).toEqual([]);
    expect(errorsOf(RES.services, service((s) => (s.spec = { type: 'ExternalName', externalName: 'example.com.' })))).toEqual([]);
  });

  const cases: [string, ReturnType<typeof service>, string[]][] = [
    ['bad name', service((s) => (s.metadata.name = '1web')), [`metadata.name: Invalid value: "1web": ${DNS1035_MSG}`]],
    ['no ports', service((s) => (s.spec.ports = [])), ['spec.ports: Required value']],
    [
      'several unnamed ports',
      service((s) => (s.spec.ports = [{ port: 80 }, { port: 443 }])),
      ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value'],
    ],
    [
      'duplicate port names and bad port',
      service((s) => (s.spec.ports = [{ name: 'http', port: 80 }, { name: 'http', port: 0, targetPort: 8080 }])),
      ['spec.ports[1].name: Duplicate value: "http"', 'spec.ports[1].port: Invalid value: 0: must be between 1 and 65535, inclusive'],
    ],
    [
      'bad target port name',
      service((s) => (s.spec.ports = [{ port: 80, targetPort: 'Web_Port' }])),
      [
        'spec.ports[0].targetPort: Invalid value: "Web_Port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ],
    ],
    [
      'unknown type',
      service((s) => (s.spec.type = 'Foo')),
      ['spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'],
    ],
    ['ExternalName without a name', service((s) => (s.spec = { type: 'ExternalName' })), ['spec.externalName: Required value']],
    [
      'nodePort on ClusterIP',
      service((s) => (s.spec.ports = [{ port: 80, nodePort: 30080 }])),
      ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
    ],
    [
      'protocol',
      service((s) => (s.spec.ports = [{ port: 80, protocol: 'tcp' }])),
      ['spec.ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"'],
    ],
    [
      'bad selector label',
      service((s) => (s.spec.selector = { app: 'web!' })),
      [`spec.selector: Invalid value: "web!": ${LABEL_VALUE_MSG}`],
    ],
  ];
  it.each(cases)('%s', (_name, obj, want) => {
    expect(errorsOf(RES.services, obj)).toEqual(want);
  });

  it('keeps clusterIP immutable', () => {
    const old = service((s) => Object.assign(s.spec, { clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'] }));
    expect(errorsOf(RES.services, service((s) => (s.spec.clusterIP = '10.96.0.99')), old)).toEqual([
      'spec.clusterIPs[0]: Invalid value: []string{"10.96.0.99"}: may not change once set',
    ]);
    // a body without clusterIP keeps the allocated address
    expect(errorsOf(RES.services, service(), old)).toEqual([]);
    // switching to NodePort keeps the address
    expect(errorsOf(RES.services, service((s) => Object.assign(s.spec, { type: 'NodePort', clusterIP: '10.96.0.10' })), old)).toEqual([]);
  });
});

describe('other core kinds', () => {
  it('namespaces are DNS labels', () => {
    expect(errorsOf(RES.namespaces, simple('Namespace', 'dev', {}, undefined))).toEqual([]);
    expect(errorsOf(RES.namespaces, simple('Namespace', 'a.b', {}, undefined))).toEqual(['metadata.name: Invalid value: "a.b": must not contain dots']);
    expect(errorsOf(RES.namespaces, simple('Namespace', 'Dev', {}, undefined))).toEqual([`metadata.name: Invalid value: "Dev": ${LABEL_MSG}`]);
  });

  it('configmap keys', () => {
    expect(errorsOf(RES.configmaps, simple('ConfigMap', 'cfg', { data: { 'a b': '1', ok: '2', '..x': '3' } }))).toEqual([
      "data[a b]: Invalid value: \"a b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
      "data[..x]: Invalid value: \"..x\": must not start with '..'",
    ]);
    expect(errorsOf(RES.configmaps, simple('ConfigMap', 'cfg', { data: { a: '1' }, binaryData: { a: 'MQ==' } }))).toEqual([
      'data[a]: Invalid value: "a": duplicate of key present in binaryData',
    ]);
  });

  it('secrets: type rules and immutability', () => {
    expect(errorsOf(RES.secrets, simple('Secret', 's', { type: 'kubernetes.io/tls', data: {} }))).toEqual([
      'data[tls.crt]: Required value',
      'data[tls.key]: Required value',
    ]);
    const old = simple('Secret', 's', { data: { a: 'MQ==' } });
    expect(errorsOf(RES.secrets, simple('Secret', 's', { type: 'kubernetes.io/basic-auth', data: { username: 'dQ==' } }), old)).toEqual([
      'type: Invalid value: "kubernetes.io/basic-auth": field is immutable',
    ]);
    const frozen = simple('Secret', 's', { immutable: true, data: { a: 'MQ==' } });
    expect(errorsOf(RES.secrets, simple('Secret', 's', { immutable: true, data: { a: 'Mg==' } }), frozen)).toEqual([
      'data: Forbidden: field is immutable when `immutable` is set',
    ]);
  });

  it('nodes: names and taints', () => {
    expect(errorsOf(RES.nodes, simple('Node', 'Node_1', {}, undefined))).toEqual([`metadata.name: Invalid value: "Node_1": ${SUBDOMAIN_MSG}`]);
    const node = simple('Node', 'n1', { spec: { taints: [{ key: 'k', effect: 'NoSchedule' }, { key: 'k', effect: 'NoSchedule' }, { key: 'j', effect: 'Never' }] } }, undefined);
    expect(errorsOf(RES.nodes, node)).toEqual([
      'metadata.taints[1]: Duplicate value: core.Taint{Key:"k", Value:"", Effect:"NoSchedule", TimeAdded:(*v1.Time)(nil)}: taints must be unique by key and effect pair',
      'metadata.taints[2].effect: Unsupported value: "Never": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
    ]);
  });

  it('endpoints', () => {
    const ep = simple('Endpoints', 'web', { subsets: [{ ports: [{ port: 80 }] }, { addresses: [{ ip: '127.0.0.1' }], ports: [{ port: 80 }, { port: 81 }] }] });
    expect(errorsOf(RES.endpoints, ep)).toEqual([
      'subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`',
      'subsets[1].addresses[0].ip: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
      'subsets[1].ports[0].name: Required value',
      'subsets[1].ports[1].name: Required value',
    ]);
  });

  it('endpointslices', () => {
    const slice = { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 'web-abc', namespace: 'default' }, addressType: 'IPv5', endpoints: [{ addresses: [] }] };
    expect(errorsOf(RES.endpointslices, slice)).toEqual([
      'addressType: Unsupported value: "IPv5": supported values: "FQDN", "IPv4", "IPv6"',
      'endpoints[0].addresses: Required value: must contain at least 1 address',
    ]);
  });

  it('events must agree on the namespace', () => {
    const ev = simple('Event', 'web.1', { involvedObject: { kind: 'Pod', name: 'web', namespace: 'other' }, reason: 'Started' });
    expect(errorsOf(RES.events, ev)).toEqual(['involvedObject.namespace: Invalid value: "other": does not match event.namespace']);
    const nodeEvent = simple('Event', 'n1.1', { involvedObject: { kind: 'Node', name: 'n1' }, reason: 'Starting' });
    expect(errorsOf(RES.events, nodeEvent)).toEqual([]);
  });
});
