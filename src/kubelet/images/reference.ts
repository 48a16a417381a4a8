// Image reference parsing with the rules and error texts of github.com/distribution/reference
// (ParseNormalizedNamed / ParseDockerRef), which both the kubelet and containerd use.

export interface ImageReference {
  domain: string; // e.g. docker.io, k8s.io, gcr.io
  path: string; // e.g. library/nginx, k8s/hello-nginx
  tag?: string;
  digest?: string; // e.g. sha256:<64 hex>
}

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_PREFIX = 'library/';
export const DEFAULT_TAG = 'latest';

// Regular expressions assembled as distribution/reference's regexp.go does.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainAndPort = `(?:${domainName}|${ipv6})(?::[0-9]+)?`;
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;
const referenceRe = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const anchoredNameRe = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const identifierRe = /^[a-f0-9]{64}$/;

const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** Validates a digest as go-digest's Digest.Validate does; returns the error text or undefined. */
function digestError(d: string): string | undefined {
  const i = d.indexOf(':');
  if (i <= 0 || i + 1 === d.length) return 'invalid checksum digest format';
  const algorithm = d.slice(0, i);
  const encoded = d.slice(i + 1);
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === undefined) {
    return /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(d) ? 'unsupported digest algorithm' : 'invalid checksum digest format';
  }
  if (encoded.length !== length) return 'invalid checksum digest length';
  if (!/^[a-f0-9]+$/.test(encoded)) return 'invalid checksum digest format';
  return undefined;
}

/** Splits "name" into registry domain and remote path, applying Docker Hub's defaults. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash < 0) return [DEFAULT_DOMAIN, OFFICIAL_PREFIX + name];
  const maybeDomain = name.slice(0, slash);
  const maybeRemote = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) [domain, remote] = [DEFAULT_DOMAIN, maybeRemote];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, maybeRemote];
  else [domain, remote] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remote.includes('/')) remote = OFFICIAL_PREFIX + remote;
  return [domain, remote];
}

/** The reference parser's own `Parse`, on an already domain-qualified string. */
function parseQualified(s: string): ImageReference | { error: string } {
  if (s === '') return { error: 'repository name must have at least one component' };
  const m = referenceRe.exec(s);
  if (!m) {
    const lower = s.toLowerCase();
    if (lower !== s && referenceRe.test(lower)) return { error: 'repository name must be lowercase' };
    return { error: 'invalid reference format' };
  }
  const nm = anchoredNameRe.exec(m[1]!);
  const domain = nm?.[1] ?? '';
  const path = nm?.[2] ?? m[1]!;
  if (path.length > 255) return { error: 'repository name must not be more than 255 characters' };
  const ref: ImageReference = { domain, path };
  if (m[2]) ref.tag = m[2];
  if (m[3]) {
    const err = digestError(m[3]);
    if (err) return { error: err };
    ref.digest = m[3];
  }
  return ref;
}

/** ParseNormalizedNamed: "nginx" -> docker.io/library/nginx (no default tag applied). */
export function parseNormalizedNamed(s: string): ImageReference | { error: string } {
  if (identifierRe.test(s)) return { error: `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings` };
  const [domain, remainder] = splitDockerDomain(s);
  const colon = remainder.indexOf(':');
  const remote = colon > -1 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) return { error: `invalid reference format: repository name (${remote}) must be lowercase` };
  return parseQualified(`${domain}/${remainder}`);
}

/** The repository name, e.g. docker.io/library/nginx. */
export function repositoryName(ref: ImageReference): string {
  return ref.domain ? `${ref.domain}/${ref.path}` : ref.path;
}

/**
 * The string containerd reports for a reference (ParseDockerRef): digested references drop
 * their tag, bare names get ":latest".
 */
export function dockerRefString(ref: ImageReference): string {
  const name = repositoryName(ref);
  if (ref.digest) return `${name}@${ref.digest}`;
  return `${name}:${ref.tag ?? DEFAULT_TAG}`;
}

/**
 * What the kubelet does before asking the runtime (images.applyDefaultImageTag): parse the
 * image, append ":latest" when it has neither tag nor digest. Errors carry the kubelet's text.
 */
export function applyDefaultImageTag(image: string): { image: string; ref: ImageReference } | { error: string } {
  const parsed = parseNormalizedNamed(image);
  if ('error' in parsed) return { error: `couldn't parse image name ${goQuote(image)}: ${parsed.error}` };
  if (!parsed.tag && !parsed.digest) return { image: `${image}:${DEFAULT_TAG}`, ref: { ...parsed, tag: DEFAULT_TAG } };
  return { image, ref: parsed };
}

/** Go's %q for the strings we meet (image names): escapes quotes, backslashes and control characters. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}
