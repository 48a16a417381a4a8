// The API server's self-signed serving certificate: kubectl sends bearer tokens only over TLS.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServingCert {
  cert: string;
  key: string;
}

export function ensureServingCert(home: string): ServingCert {
  const certFile = join(home, 'apiserver.crt');
  const keyFile = join(home, 'apiserver.key');
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '3650',
      '-subj', '/CN=mk', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,digitalSignature,keyCertSign',
      '-keyout', keyFile, '-out', certFile,
    ], { stdio: 'ignore' });
  }
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
}
