// Node's certificate verification errors in the words of Go's crypto/tls and crypto/x509, which
// kubectl prints after "Unable to connect to the server: ".
const UNKNOWN_AUTHORITY = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);

interface TlsError {
  code?: string;
  message: string;
  host?: string;
  cert?: { subjectaltname?: string };
}

/** x509.HostnameError: the names (or IPs) the certificate is valid for, and the one asked for. */
function hostnameError(host: string, subjectAltName: string): string {
  const sans = subjectAltName.split(', ').map((s) => s.split(':'));
  const wantsIP = /^[\d.]+$|:/.test(host);
  const names = sans.filter(([kind]) => kind === (wantsIP ? 'IP Address' : 'DNS')).map(([, ...v]) => v.join(':'));
  if (wantsIP && !names.length) return `x509: cannot validate certificate for ${host} because it doesn't contain any IP SANs`;
  if (!names.length) return `x509: certificate is not valid for any names, but wanted to match ${host}`;
  return `x509: certificate is valid for ${names.join(', ')}, not ${host}`;
}

export function goTlsMessage(e: TlsError): string {
  if (e.code && UNKNOWN_AUTHORITY.has(e.code)) return 'tls: failed to verify certificate: x509: certificate signed by unknown authority';
  if (e.code === 'ERR_TLS_CERT_ALTNAME_INVALID' && e.host) return `tls: failed to verify certificate: ${hostnameError(e.host, e.cert?.subjectaltname ?? '')}`;
  if (e.code === 'CERT_HAS_EXPIRED' || e.code === 'CERT_NOT_YET_VALID') return 'tls: failed to verify certificate: x509: certificate has expired or is not yet valid';
  return e.message;
}
