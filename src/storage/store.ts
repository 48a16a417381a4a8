// SQLite object store: one global resourceVersion, every write in a transaction,
// and a change log that lets watches resume from a resourceVersion.
import Database from 'better-sqlite3';
import type { KubeObject, WatchEventType } from '../client/types.js';
import { WatchHub, type StoredEvent } from './watch-hub.js';

export interface StoredObject {
  rv: number;
  object: KubeObject;
}

/** How many change-log rows to keep (like etcd's compaction); older resourceVersions answer 410 Gone. */
const CHANGELOG_KEEP = Number(process.env.MK_WATCH_HISTORY) || 20000;
const COMPACT_EVERY = Math.min(1000, CHANGELOG_KEEP);

export class Store {
  private db: Database.Database;
  private rv: number;
  private writesSinceCompact = 0;
  readonly hub = new WatchHub();
  private stmts: ReturnType<Store['prepare']>;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a process crash (kill -9); only an OS crash can lose the tail.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS objects (
        kind TEXT NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL,
        rv INTEGER NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (kind, namespace, name)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS changes (
        rv INTEGER PRIMARY KEY, kind TEXT NOT NULL, namespace TEXT NOT NULL,
        type TEXT NOT NULL, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
    this.stmts = this.prepare();
    const row = this.db.prepare(`SELECT value FROM meta WHERE key='rv'`).get() as { value: string } | undefined;
    this.rv = row ? Number(row.value) : 1;
  }

  private prepare() {
    const db = this.db;
    return {
      get: db.prepare(`SELECT rv, data FROM objects WHERE kind=? AND namespace=? AND name=?`),
      listAll: db.prepare(`SELECT rv, data FROM objects WHERE kind=? ORDER BY namespace, name`),
      listNs: db.prepare(`SELECT rv, data FROM objects WHERE kind=? AND namespace=? ORDER BY name`),
      upsert: db.prepare(`INSERT INTO objects(kind, namespace, name, rv, data) VALUES (?,?,?,?,?)
                          ON CONFLICT(kind, namespace, name) DO UPDATE SET rv=excluded.rv, data=excluded.data`),
      del: db.prepare(`DELETE FROM objects WHERE kind=? AND namespace=? AND name=?`),
      logChange: db.prepare(`INSERT INTO changes(rv, kind, namespace, type, data) VALUES (?,?,?,?,?)`),
      setRv: db.prepare(`INSERT INTO meta(key, value) VALUES ('rv', ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value`),
      changesSince: db.prepare(`SELECT rv, kind, namespace, type, data FROM changes WHERE rv > ? AND kind=? ORDER BY rv`),
      oldestChange: db.prepare(`SELECT MIN(rv) AS rv FROM changes`),
      compact: db.prepare(`DELETE FROM changes WHERE rv <= ?`),
    };
  }

  get resourceVersion(): number {
    return this.rv;
  }

  get(kind: string, namespace: string, name: string): StoredObject | undefined {
    const row = this.stmts.get.get(kind, namespace, name) as { rv: number; data: string } | undefined;
    return row ? { rv: row.rv, object: JSON.parse(row.data) } : undefined;
  }

  list(kind: string, namespace?: string): { items: KubeObject[]; rv: number } {
    const rows = (namespace ? this.stmts.listNs.all(kind, namespace) : this.stmts.listAll.all(kind)) as { data: string }[];
    return { items: rows.map((r) => JSON.parse(r.data)), rv: this.rv };
  }

  /**
   * Applies one write atomically. `build` gets the next resourceVersion and returns the
   * object to store (or undefined to delete). Runs inside the transaction so that
   * read-check-write sequences are serialised.
   */
  write(kind: string, namespace: string, name: string, type: WatchEventType, object: KubeObject, remove = false): KubeObject {
    const next = this.rv + 1;
    object.metadata.resourceVersion = String(next);
    const data = JSON.stringify(object);
    this.db.transaction(() => {
      if (remove) this.stmts.del.run(kind, namespace, name);
      else this.stmts.upsert.run(kind, namespace, name, next, data);
      this.stmts.logChange.run(next, kind, namespace, type, data);
      this.stmts.setRv.run(String(next));
    })();
    this.rv = next;
    if (++this.writesSinceCompact >= COMPACT_EVERY) this.compact();
    this.hub.publish({ rv: next, kind, namespace, type, object });
    return object;
  }

  /** Runs several writes in one SQLite transaction (used by deletecollection and bootstrap). */
  batch<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Events after `rv` for a kind, or undefined when `rv` is older than the change log. */
  changesSince(kind: string, rv: number): StoredEvent[] | undefined {
    const oldest = (this.stmts.oldestChange.get() as { rv: number | null }).rv;
    if (rv < this.rv && oldest !== null && rv < oldest - 1) return undefined;
    const rows = this.stmts.changesSince.all(rv, kind) as { rv: number; kind: string; namespace: string; type: WatchEventType; data: string }[];
    return rows.map((r) => ({ rv: r.rv, kind: r.kind, namespace: r.namespace, type: r.type, object: JSON.parse(r.data) }));
  }

  private compact(): void {
    this.writesSinceCompact = 0;
    const cutoff = this.rv - CHANGELOG_KEEP;
    if (cutoff > 0) this.stmts.compact.run(cutoff);
  }

  close(): void {
    this.hub.closeAll();
    this.db.close();
  }
}
