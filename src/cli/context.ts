// What every command needs: the kubeconfig-resolved client, namespace and output streams.
import { HttpClient } from '../client/http-client.js';
import { emptyKubeconfig, resolveContext, type Kubeconfig } from '../client/kubeconfig-context.js';
import { loadKubeconfigs } from './kubeconfig-cache.js';
import { NotConfiguredError } from './errors.js';
import { ResourceMapper } from './resource-mapper.js';

export interface GlobalFlags {
  kubeconfig?: string;
  context?: string;
  server?: string;
  token?: string;
  namespace?: string;
  cacheDir?: string;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export class CliContext {
  private _client?: HttpClient;
  private _mapper?: ResourceMapper;
  private _namespace?: string;
  /** the command line as typed, for --record */
  commandLine = '';

  private kubeconfigs?: Map<string, Kubeconfig>;
  private kubeconfigError?: unknown;

  constructor(public readonly flags: GlobalFlags, public readonly io: Io) {}

  /** Reads the kubeconfig files before the command runs (see kubeconfig-cache.ts). */
  async prepare(): Promise<void> {
    try {
      this.kubeconfigs = await loadKubeconfigs(this.flags.kubeconfig);
    } catch (e) {
      // a broken kubeconfig matters only to commands that talk to a server
      this.kubeconfigError = e;
    }
  }

  get client(): HttpClient {
    if (!this._client) {
      if (this.kubeconfigError) throw this.kubeconfigError;
      if (!this.kubeconfigs) throw new Error('CliContext.prepare() must run before the client is used');
      const files = this.kubeconfigs;
      const ctx = resolveContext(this.flags, (f) => files.get(f) ?? emptyKubeconfig());
      if (!ctx) throw new NotConfiguredError();
      this._client = new HttpClient(ctx.server, ctx.token, { ca: ctx.ca, insecure: ctx.insecure }, ctx.socket);
      this._namespace = ctx.namespace;
    }
    return this._client;
  }

  get mapper(): ResourceMapper {
    return (this._mapper ??= new ResourceMapper(this.client, this.flags.cacheDir));
  }

  /** The namespace from -n, else the context's, else "default". */
  get namespace(): string {
    if (this.flags.namespace) return this.flags.namespace;
    void this.client;
    return this._namespace ?? 'default';
  }

  /** Whether -n was given explicitly (kubectl enforces it against manifests). */
  get explicitNamespace(): boolean {
    return !!this.flags.namespace;
  }

  /** Prints the server's warnings on stderr, as kubectl does. */
  flushWarnings(): void {
    if (!this._client) return;
    for (const w of this._client.warnings.splice(0)) this.io.err(`Warning: ${w}\n`);
  }

  close(): void {
    this._client?.close();
  }
}
