// Endpoints (core) and EndpointSlice (discovery.k8s.io) validation, 1.33.
import { isIP } from 'node:net';
import { field, type FieldError } from '../errors.js';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidPortNum } from './names.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** ValidateNonSpecialIP: endpoints may not point at unspecified, loopback or link-local addresses. */
function nonSpecialIP(ip: string, path: string): FieldError[] {
  const v = isIP(ip);
  if (!v) return [field.invalid(path, ip, 'must be a valid IP address')];
  const errs: FieldError[] = [];
  const lower = ip.toLowerCase();
  const octets = v === 4 ? ip.split('.').map(Number) : [];
  if ((v === 4 && octets.every((o) => o === 0)) || (v === 6 && /^[0:]+$/.test(lower)))
    errs.push(field.invalid(path, ip, `may not be unspecified (${ip})`));
  if ((v === 4 && octets[0] === 127) || (v === 6 && /^(0*:)+0*1$/.test(lower)))
    errs.push(field.invalid(path, ip, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  if ((v === 4 && octets[0] === 169 && octets[1] === 254) || (v === 6 && /^fe[89ab]/.test(lower)))
    errs.push(field.invalid(path, ip, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'));
  if ((v === 4 && octets[0] === 224 && octets[1] === 0 && octets[2] === 0) || (v === 6 && /^ff02:/.test(lower)))
    errs.push(field.invalid(path, ip, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'));
  return errs;
}

function validateAddress(a: Obj, path: string): FieldError[] {
  const ip = String(a.ip ?? '');
  const errs: FieldError[] = isIP(ip) ? [] : [field.invalid(`${path}.ip`, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)')];
  if (a.hostname) errs.push(...isDNS1123Label(a.hostname).map((m) => field.invalid(`${path}.hostname`, a.hostname, m)));
  if (a.nodeName !== undefined && a.nodeName !== null)
    errs.push(...isDNS1123Subdomain(String(a.nodeName)).map((m) => field.invalid(`${path}.nodeName`, a.nodeName, m)));
  errs.push(...nonSpecialIP(ip, `${path}.ip`));
  return errs;
}

function validatePort(p: Obj, requireName: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !p.name) errs.push(field.required(`${path}.name`, ''));
  else if (p.name) errs.push(...isDNS1123Label(p.name).map((m) => field.invalid(`${path}.name`, p.name, m)));
  const port = typeof p.port === 'number' ? p.port : 0;
  errs.push(...isValidPortNum(port).map((m) => field.invalid(`${path}.port`, port, m)));
  if (!p.protocol) errs.push(field.required(`${path}.protocol`, ''));
  else if (!PROTOCOLS.includes(p.protocol)) errs.push(field.notSupported(`${path}.protocol`, p.protocol, PROTOCOLS));
  if (p.appProtocol !== undefined && p.appProtocol !== null)
    errs.push(...isQualifiedName(String(p.appProtocol)).map((m) => field.invalid(`${path}.appProtocol`, p.appProtocol, m)));
  return errs;
}

export function validateEndpointsSubsets(obj: Obj): FieldError[] {
  const errs: FieldError[] = [];
  ((obj.subsets ?? []) as Obj[]).forEach((ss, i) => {
    const p = `subsets[${i}]`;
    const addrs: Obj[] = ss.addresses ?? [];
    const notReady: Obj[] = ss.notReadyAddresses ?? [];
    if (!addrs.length && !notReady.length) errs.push(field.required(p, 'must specify `addresses` or `notReadyAddresses`'));
    addrs.forEach((a, j) => errs.push(...validateAddress(a, `${p}.addresses[${j}]`)));
    notReady.forEach((a, j) => errs.push(...validateAddress(a, `${p}.notReadyAddresses[${j}]`)));
    const ports: Obj[] = ss.ports ?? [];
    ports.forEach((port, j) => errs.push(...validatePort(port, ports.length > 1, `${p}.ports[${j}]`)));
  });
  return errs;
}

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];

export function validateEndpointSlice(obj: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const type = obj.addressType ?? '';
  if (!type) errs.push(field.required('addressType', ''));
  else if (!ADDRESS_TYPES.includes(type)) errs.push(field.notSupported('addressType', type, ADDRESS_TYPES));
  ((obj.endpoints ?? []) as Obj[]).forEach((ep, i) => {
    const p = `endpoints[${i}]`;
    const addrs: string[] = ep.addresses ?? [];
    if (!addrs.length) errs.push(field.required(`${p}.addresses`, 'must contain at least 1 address'));
    else if (addrs.length > 100) errs.push({ type: 'FieldValueTooMany', field: `${p}.addresses`, badValue: addrs.length, hasValue: true, detail: 'must have at most 100 items' });
    else
      addrs.forEach((a, j) => {
        const ap = `${p}.addresses[${j}]`;
        if (type === 'IPv4' && isIP(a) !== 4) errs.push(field.invalid(ap, a, 'must be a valid IPv4 address'));
        if (type === 'IPv6' && isIP(a) !== 6) errs.push(field.invalid(ap, a, 'must be a valid IPv6 address'));
        if (type === 'FQDN') errs.push(...isDNS1123Subdomain(a.replace(/\.$/, '')).map((m) => field.invalid(ap, a, m)));
      });
    if (ep.nodeName) errs.push(...isDNS1123Subdomain(ep.nodeName).map((m) => field.invalid(`${p}.nodeName`, ep.nodeName, m)));
    if (ep.hostname) errs.push(...isDNS1123Label(ep.hostname).map((m) => field.invalid(`${p}.hostname`, ep.hostname, m)));
  });
  const names = new Set<string>();
  ((obj.ports ?? []) as Obj[]).forEach((port, i) => {
    const p = `ports[${i}]`;
    const name = port.name ?? '';
    if (name) errs.push(...isDNS1123Label(name).map((m) => field.invalid(`${p}.name`, name, m)));
    if (names.has(name)) errs.push(field.duplicate(`${p}.name`, name));
    else names.add(name);
    if (!port.protocol) errs.push(field.required(`${p}.protocol`, ''));
    else if (!PROTOCOLS.includes(port.protocol)) errs.push(field.notSupported(`${p}.protocol`, port.protocol, PROTOCOLS));
    if (port.port !== undefined && port.port !== null)
      errs.push(...isValidPortNum(port.port).map((m) => field.invalid(`${p}.port`, port.port, m)));
  });
  return errs;
}
