// ApiClient over HTTP, configured from a kubeconfig context: the CLI's only way in.
import type http from 'node:http';
import type https from 'node:https';
import { lstatSync, readFileSync } from 'node:fs';
import { SocketUnavailable, socketRequest } from './socket-http.js';
import { goTlsMessage } from './tls-errors.js';
import type { ApiClient, WatchHandle } from './interface.js';
import { resourcePath, query } from './paths.js';
import { PATCH_CONTENT_TYPES, type DeleteOptions, type KubeList, type KubeObject, type ListOptions, type PatchType, type ResourceRef, type WatchEvent, type WatchOptions, type WriteOptions } from './types.js';

export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

/** A Status error from the server. */
export class ApiError extends Error {
  constructor(public readonly code: number, public readonly status: { reason?: string; message?: string; details?: { kind?: string; name?: string; group?: string; causes?: { field?: string; message?: string; reason?: string }[] }; [k: string]: unknown }) {
    super(status.message ?? `the server responded with status ${code}`);
  }
}

/** The server could not be reached at all. */
export class ConnectionError extends Error {
  constructor(public readonly hostPort: string, public readonly refused: boolean, cause: string) {
    super(cause);
  }
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface RequestOptions {
  body?: unknown;
  contentType?: string;
  accept?: string;
  headers?: Record<string, string>;
}

/** Node's own loader for built-ins, so TLS is only loaded when a request needs it. */
const builtin = <T>(id: string): T => (process as unknown as { getBuiltinModule(id: string): T }).getBuiltinModule(id);

/**
 * The CA bundle the mk launcher moved out of NODE_EXTRA_CA_CERTS (node would parse it at every
 * start-up): added to the system roots when a server is verified without a kubeconfig CA.
 */
function extraRoots(): string[] | undefined {
  const file = process.env.MK_EXTRA_CA_CERTS;
  if (!file) return undefined;
  try {
    return [...builtin<typeof import('node:tls')>('node:tls').rootCertificates, readFileSync(file, 'utf8')];
  } catch {
    return undefined;
  }
}

/** A unix socket this user owns: the local daemon's, not something planted by another user. */
function ownSocket(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    const st = lstatSync(path);
    return st.isSocket() && st.uid === process.getuid?.() ? path : undefined;
  } catch {
    return undefined;
  }
}

export class HttpClient implements ApiClient {
  private networkAgent?: http.Agent;
  private socketAgent?: http.Agent;
  private socketPath?: string;
  private url: URL;
  readonly warnings: string[] = [];

  /**
   * `socket` is the local mk daemon's unix socket for this server: plain HTTP to the same
   * handlers, without the TLS set-up that dominates a short command's run. It is used while it
   * answers; a refused or missing socket falls back to the server URL.
   */
  constructor(server: string, private token?: string, private tls: { ca?: Buffer; insecure?: boolean } = {}, socket?: string) {
    this.url = new URL(server);
    this.socketPath = ownSocket(socket);
  }

  /** The agent for the server URL (TLS verified against the kubeconfig CA, else the system roots). */
  private get agent(): http.Agent {
    if (!this.networkAgent) {
      if (this.url.protocol === 'https:') {
        const { Agent } = builtin<typeof https>('node:https');
        this.networkAgent = new Agent({ keepAlive: true, ca: this.tls.ca ?? extraRoots(), rejectUnauthorized: !this.tls.insecure });
      } else this.networkAgent = new (builtin<typeof http>('node:http').Agent)({ keepAlive: true });
    }
    return this.networkAgent;
  }

  get server(): string {
    return this.url.origin;
  }
  get hostPort(): string {
    return `${this.url.hostname}:${this.url.port || (this.url.protocol === 'https:' ? 443 : 80)}`;
  }

  private async open(method: string, path: string, opts: RequestOptions): Promise<http.IncomingMessage> {
    if (this.socketPath) {
      try {
        return await this.send(method, path, opts, true);
      } catch (e) {
        // the daemon is gone (stale or removed socket): the server URL says so in kubectl's words
        if (!(e instanceof SocketUnavailable)) throw e;
        this.socketPath = undefined;
      }
    }
    return this.send(method, path, opts, false);
  }

  private send(method: string, path: string, opts: RequestOptions, viaSocket: boolean): Promise<http.IncomingMessage> {
    const mod = viaSocket || this.url.protocol !== 'https:' ? builtin<typeof http>('node:http') : builtin<typeof https>('node:https');
    const { headers, data } = this.requestParts(opts);
    return new Promise((resolve, reject) => {
      // servername '' spares http's Agent an IP check whose regular expression costs ms to compile
      const target = viaSocket ? { socketPath: this.socketPath, servername: '', agent: (this.socketAgent ??= new mod.Agent({ keepAlive: true })) } : { host: this.url.hostname, port: this.url.port, agent: this.agent };
      const req = mod.request({ method, path, headers, ...target }, resolve);
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (viaSocket && (e.code === 'ECONNREFUSED' || e.code === 'ENOENT')) reject(new SocketUnavailable());
        else reject(new ConnectionError(this.hostPort, e.code === 'ECONNREFUSED', goTlsMessage(e)));
      });
      req.end(data);
    });
  }

  private requestParts(opts: RequestOptions): { headers: Record<string, string>; data?: Buffer } {
    const headers: Record<string, string> = { Accept: opts.accept ?? 'application/json', 'User-Agent': 'mk', ...(opts.headers ?? {}) };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    let data: Buffer | undefined;
    if (opts.body !== undefined) {
      data = Buffer.isBuffer(opts.body) ? opts.body : Buffer.from(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body));
      headers['Content-Type'] = opts.contentType ?? 'application/json';
      headers['Content-Length'] = String(data.length);
    }
    return { headers, data };
  }

  async raw(method: string, path: string, opts: RequestOptions = {}): Promise<RawResponse> {
    if (this.socketPath) {
      const { headers, data } = this.requestParts(opts);
      try {
        const r = await socketRequest(this.socketPath, method, path, headers, data);
        this.noteWarnings(r.headers.warning);
        return { status: r.status, headers: r.headers as http.IncomingHttpHeaders, body: r.body };
      } catch (e) {
        if (!(e instanceof SocketUnavailable)) throw e;
        this.socketPath = undefined;
      }
    }
    const res = await this.open(method, path, opts);
    const chunks: Buffer[] = [];
    for await (const c of res) chunks.push(c as Buffer);
    this.noteWarnings(res.headers.warning);
    return { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) };
  }

  private noteWarnings(w: string | string[] | undefined): void {
    if (w) for (const line of Array.isArray(w) ? w : [w]) this.warnings.push(parseWarning(line));
  }

  /** Streams a response body (logs -f); errors arrive as Status objects. */
  async stream(method: string, path: string, onChunk: (b: Buffer) => void): Promise<void> {
    const res = await this.open(method, path, { accept: '*/*' });
    if ((res.statusCode ?? 0) >= 400) {
      const chunks: Buffer[] = [];
      for await (const ch of res) chunks.push(ch as Buffer);
      const text = Buffer.concat(chunks).toString();
      let st: ApiError['status'];
      try {
        st = JSON.parse(text);
      } catch {
        st = { message: text.trim() };
      }
      throw new ApiError(res.statusCode ?? 500, st);
    }
    for await (const ch of res) onChunk(ch as Buffer);
  }

  /** Connection details for protocols other than plain HTTP (WebSocket exec). */
  get connection(): { url: URL; token?: string; agent: http.Agent } {
    return { url: this.url, token: this.token, agent: this.agent };
  }

  async request<T = unknown>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const r = await this.raw(method, path, opts);
    let parsed: unknown;
    try {
      parsed = r.body.length ? JSON.parse(r.body.toString('utf8')) : undefined;
    } catch {
      parsed = undefined;
    }
    if (r.status >= 400) {
      const st = parsed && typeof parsed === 'object' && (parsed as { kind?: string }).kind === 'Status' ? (parsed as ApiError['status']) : { message: r.body.toString('utf8').trim() || `the server responded with status ${r.status}` };
      throw new ApiError(r.status, st);
    }
    return parsed as T;
  }

  get<T extends KubeObject>(res: ResourceRef, ns: string | undefined, name: string, opts: { subresource?: string } = {}): Promise<T> {
    return this.request('GET', resourcePath(res, ns, name, opts.subresource));
  }
  list<T extends KubeObject>(res: ResourceRef, ns: string | undefined, opts: ListOptions = {}): Promise<KubeList<T>> {
    return this.request('GET', resourcePath(res, ns) + query({ labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector, limit: opts.limit, resourceVersion: opts.resourceVersion }));
  }
  create<T extends KubeObject>(res: ResourceRef, ns: string | undefined, obj: KubeObject, opts: WriteOptions = {}): Promise<T> {
    const path = opts.subresource ? resourcePath(res, ns, obj.metadata.name, opts.subresource) : resourcePath(res, ns);
    return this.request('POST', path + writeQuery(opts), { body: obj });
  }
  update<T extends KubeObject>(res: ResourceRef, ns: string | undefined, obj: KubeObject, opts: WriteOptions = {}): Promise<T> {
    return this.request('PUT', resourcePath(res, ns, obj.metadata.name, opts.subresource) + writeQuery(opts), { body: obj });
  }
  patch<T extends KubeObject>(res: ResourceRef, ns: string | undefined, name: string, type: PatchType, patch: unknown, opts: WriteOptions = {}): Promise<T> {
    return this.request('PATCH', resourcePath(res, ns, name, opts.subresource) + writeQuery(opts), { body: patch, contentType: PATCH_CONTENT_TYPES[type] });
  }
  delete(res: ResourceRef, ns: string | undefined, name: string, opts: DeleteOptions = {}): Promise<KubeObject> {
    return this.request('DELETE', resourcePath(res, ns, name), { body: opts });
  }

  watch<T extends KubeObject>(res: ResourceRef, ns: string | undefined, opts: WatchOptions, onEvent: (ev: WatchEvent<T>) => void, accept?: string): WatchHandle {
    let stopped = false;
    let response: http.IncomingMessage | undefined;
    const path = resourcePath(res, ns) + query({ watch: 'true', labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector, resourceVersion: opts.resourceVersion, timeoutSeconds: opts.timeoutSeconds, allowWatchBookmarks: opts.allowWatchBookmarks });
    const done = (async () => {
      response = await this.open('GET', path, { accept });
      if ((response.statusCode ?? 0) >= 400) {
        const chunks: Buffer[] = [];
        for await (const c of response) chunks.push(c as Buffer);
        const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
        throw new ApiError(response.statusCode ?? 500, body);
      }
      let buf = '';
      try {
        for await (const chunk of response) {
          if (stopped) break;
          buf += chunk.toString();
          let nl: number;
          while ((nl = buf.indexOf('\n')) >= 0) {
            const line = buf.slice(0, nl).trim();
            buf = buf.slice(nl + 1);
            if (line) onEvent(JSON.parse(line));
          }
        }
      } catch (e) {
        if (!stopped) throw e;
      }
    })();
    return {
      stop: () => {
        stopped = true;
        response?.destroy();
      },
      done,
    };
  }

  close(): void {
    this.networkAgent?.destroy();
    this.socketAgent?.destroy();
  }
}



function writeQuery(opts: WriteOptions): string {
  return query({ fieldManager: opts.fieldManager, fieldValidation: opts.fieldValidation, dryRun: opts.dryRun ? 'All' : undefined });
}

/** `299 - "unknown field \"x\""` → `unknown field "x"` */
function parseWarning(h: string): string {
  const m = /^\d{3}\s+\S+\s+"((?:[^"\\]|\\.)*)"/.exec(h);
  return m ? JSON.parse(`"${m[1]}"`) : h;
}
