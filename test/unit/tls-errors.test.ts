import { describe, expect, it } from 'vitest';
import { goTlsMessage } from '../../src/client/tls-errors.js';

describe('goTlsMessage', () => {
  it('words an unknown issuer as Go does', () => {
    expect(goTlsMessage({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' })).toBe('tls: failed to verify certificate: x509: certificate signed by unknown authority');
  });
  it("lists the certificate's names for the host asked for", () => {
    const cert = { subjectaltname: 'IP Address:127.0.0.1, DNS:localhost, DNS:mk' };
    expect(goTlsMessage({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: '', host: 'example.com', cert })).toBe('tls: failed to verify certificate: x509: certificate is valid for localhost, mk, not example.com');
    expect(goTlsMessage({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: '', host: '10.0.0.1', cert })).toBe('tls: failed to verify certificate: x509: certificate is valid for 127.0.0.1, not 10.0.0.1');
    expect(goTlsMessage({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: '', host: '10.0.0.1', cert: { subjectaltname: 'DNS:localhost' } })).toBe("tls: failed to verify certificate: x509: cannot validate certificate for 10.0.0.1 because it doesn't contain any IP SANs");
  });
  it('keeps other errors as node words them', () => {
    expect(goTlsMessage({ code: 'ECONNRESET', message: 'socket hang up' })).toBe('socket hang up');
  });
});
