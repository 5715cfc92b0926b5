// The cache service's bookkeeping, shared by the v1 and v2 test servers: entries reserved, then
// committed, immutable once committed, matched as GitHub documents it — the primary key exactly,
// then each key as a prefix with the newest entry winning; only entries of the same version.
// Branch scopes are not modelled (a real service also filters by the ref the token allows).

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** Order of commitment: larger is newer. */
  committedAt?: number;
  sizeBytes?: number;
}

export class CacheEntries {
  private readonly entries = new Map<number, CacheEntry>();
  private nextId = 1;
  private clock = 0;
  /** Every lookup with what it matched, for tests that check the keys the library sent. */
  readonly lookups: Array<{ keys: string[]; version: string; matched?: string }> = [];

  /** A new entry id, or 'exists' when the key and version are taken (committed or being uploaded). */
  reserve(key: string, version: string): number | 'exists' {
    for (const entry of this.entries.values()) {
      if (entry.key === key && entry.version === version) return 'exists';
    }
    const id = this.nextId++;
    this.entries.set(id, { id, key, version });
    return id;
  }

  get(id: number): CacheEntry | undefined {
    return this.entries.get(id);
  }

  commit(id: number, sizeBytes: number): CacheEntry | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.committedAt !== undefined) return undefined;
    entry.committedAt = ++this.clock;
    entry.sizeBytes = sizeBytes;
    return entry;
  }

  byKey(key: string, version: string): CacheEntry | undefined {
    return [...this.entries.values()].find((entry) => entry.key === key && entry.version === version);
  }

  find(keys: string[], version: string): CacheEntry | undefined {
    const committed = [...this.entries.values()]
      .filter((entry) => entry.committedAt !== undefined && entry.version === version)
      .sort((a, b) => b.committedAt! - a.committedAt!);
    const exact = keys[0] === undefined ? undefined : committed.find((entry) => entry.key === keys[0]);
    const matched = exact ?? keys.map((prefix) => committed.find((entry) => entry.key.startsWith(prefix))).find(Boolean);
    this.lookups.push({ keys, version, matched: matched?.key });
    return matched;
  }

  committed(): CacheEntry[] {
    return [...this.entries.values()].filter((entry) => entry.committedAt !== undefined);
  }
}
