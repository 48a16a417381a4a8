// Maps what users type (po, deploy, deployments.apps, Deployment) to served
// resources, from the server's discovery, like kubectl's RESTMapper.
import type { HttpClient } from '../client/http-client.js';
import { readDiscovery, writeDiscovery } from './discovery-cache.js';

export interface MappedResource {
  group: string;
  version: string;
  resource: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  singular: string;
  verbs: string[];
}

const AGG_ACCEPT = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';

interface AggList {
  items: { metadata: { name: string }; versions: { version: string; resources: { resource: string; responseKind: { kind: string }; scope: string; singularResource: string; shortNames?: string[]; categories?: string[]; verbs: string[] }[] }[] }[];
}

export class ResourceMapper {
  private resources?: MappedResource[];
  private fromCache = false;
  constructor(
    private client: HttpClient,
    private cacheDir?: string,
  ) {}

  /** Served resources, from the disk cache unless `fresh` (api-resources always asks). */
  async all(fresh = false): Promise<MappedResource[]> {
    if (this.resources && (!fresh || !this.fromCache)) return this.resources;
    let pair = fresh ? undefined : readDiscovery<[AggList, AggList]>(this.cacheDir, this.client.hostPort);
    this.fromCache = !!pair;
    if (!pair) {
      pair = await Promise.all([
        this.client.request<AggList>('GET', '/api', { accept: AGG_ACCEPT }),
        this.client.request<AggList>('GET', '/apis', { accept: AGG_ACCEPT }),
      ]);
      writeDiscovery(this.cacheDir, this.client.hostPort, pair);
    }
    const [core, groups] = pair;
    const out: MappedResource[] = [];
    for (const list of [core, groups]) {
      if (!list?.items) continue;
      for (const g of list.items) {
        // the first version is the preferred one
        for (const [vi, v] of g.versions.entries()) {
          for (const r of v.resources) {
            out.push({
              group: g.metadata.name ?? '',
              version: v.version,
              resource: r.resource,
              kind: r.responseKind.kind,
              namespaced: r.scope === 'Namespaced',
              shortNames: r.shortNames ?? [],
              categories: r.categories ?? [],
              singular: r.singularResource,
              verbs: r.verbs,
              ...(vi > 0 ? { nonPreferred: true } : {}),
            } as MappedResource);
          }
        }
      }
    }
    this.resources = out;
    return out;
  }

  /** Resolves one type word; undefined when the server has no such resource. */
  async find(word: string): Promise<MappedResource | undefined> {
    const hit = this.lookup(word, await this.all());
    // an unknown word may be new on the server: ask again before giving up, as kubectl does
    if (!hit && this.fromCache) return this.lookup(word, await this.all(true));
    return hit;
  }

  /** The resource serving an apiVersion and kind (for manifests). */
  async findKind(apiVersion: string, kind: string): Promise<MappedResource | undefined> {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const pick = (all: MappedResource[]) => all.find((m) => m.group === group && m.version === version && m.kind === kind);
    const hit = pick(await this.all());
    if (!hit && this.fromCache) return pick(await this.all(true));
    return hit;
  }

  private lookup(word: string, all: MappedResource[]): MappedResource | undefined {
    const lower = word.toLowerCase();
    const candidates = (name: string, group?: string, version?: string) =>
      all.filter(
        (r) =>
          (group === undefined || r.group === group) &&
          (version === undefined || r.version === version) &&
          (r.resource === name || r.singular === name || r.shortNames.includes(name) || r.kind.toLowerCase() === name),
      );
    let found = candidates(lower);
    if (!found.length && lower.includes('.')) {
      const [name, ...rest] = lower.split('.');
      const tail = rest.join('.');
      found = candidates(name, tail);
      if (!found.length) {
        const [version, ...g] = rest;
        found = candidates(name, g.join('.'), version);
      }
    }
    const preferred = found.filter((r) => !(r as MappedResource & { nonPreferred?: boolean }).nonPreferred);
    return (preferred.length ? preferred : found)[0];
  }

  /** Expands a category such as "all". */
  async category(word: string): Promise<MappedResource[]> {
    return (await this.all()).filter((r) => r.categories.includes(word) && !(r as MappedResource & { nonPreferred?: boolean }).nonPreferred);
  }
}

/** "deployment.apps" / "pod": how kubectl names a kind in messages. */
export function kindGroup(r: { kind: string; group: string }): string {
  return r.group ? `${r.kind.toLowerCase()}.${r.group}` : r.kind.toLowerCase();
}

/** "deployments.apps" / "pods" */
export function resourceGroup(r: { resource: string; group: string }): string {
  return r.group ? `${r.resource}.${r.group}` : r.resource;
}
