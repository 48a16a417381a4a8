// Splits an API path into its parts (apiserver's RequestInfoFactory).

export interface ResourceRequest {
  group: string;
  version: string;
  namespace?: string;
  resource: string;
  name?: string;
  subresource?: string;
  /** the rest of the path after a subresource (proxy) */
  subpath?: string;
}

export function parseResourcePath(pathname: string): ResourceRequest | undefined {
  const raw = pathname.split('/').slice(1);
  if (raw[raw.length - 1] === '') raw.pop();
  let i = 0;
  let group = '';
  let version: string;
  if (raw[0] === 'api') {
    version = raw[1];
    i = 2;
  } else if (raw[0] === 'apis') {
    group = raw[1];
    version = raw[2];
    i = 3;
  } else return undefined;
  if (!version) return undefined;
  const rest = raw.slice(i).map(decodeURIComponent);
  if (rest.length === 0) return undefined;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest.splice(0, 2);
  }
  const [resource, name, subresource, ...tail] = rest;
  return { group, version, namespace, resource, name, subresource, subpath: tail.length ? tail.join('/') : undefined };
}
