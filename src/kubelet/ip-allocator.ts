// Pod IPs from a node's podCIDR, handed out round-robin like CNI host-local IPAM.

export class IpAllocator {
  private readonly prefix: string;
  private readonly used = new Map<string, string>(); // ip → owner (pod uid)
  private last = 1;

  /** `cidr` is a /24 such as 10.244.0.0/24; .1 is the bridge, .255 broadcast. */
  constructor(cidr: string) {
    const m = /^(\d+\.\d+\.\d+)\.0\/24$/.exec(cidr);
    if (!m) throw new Error(`unsupported podCIDR ${cidr}: want a /24`);
    this.prefix = m[1];
  }

  contains(ip: string): boolean {
    if (!ip.startsWith(this.prefix + '.')) return false;
    const last = Number(ip.slice(this.prefix.length + 1));
    return Number.isInteger(last) && last >= 2 && last <= 254;
  }

  /** Claims a known IP (a pod that already has one); false if someone else holds it. */
  reserve(ip: string, owner: string): boolean {
    if (!this.contains(ip)) return false;
    const holder = this.used.get(ip);
    if (holder && holder !== owner) return false;
    this.used.set(ip, owner);
    return true;
  }

  allocate(owner: string): string {
    for (const [ip, o] of this.used) if (o === owner) return ip;
    for (let i = 0; i < 253; i++) {
      const n = ((this.last - 2 + 1 + i) % 253) + 2;
      const ip = `${this.prefix}.${n}`;
      if (!this.used.has(ip)) {
        this.used.set(ip, owner);
        this.last = n;
        return ip;
      }
    }
    throw new Error(`failed to allocate for range 0: no IP addresses available in range set: ${this.prefix}.1-${this.prefix}.254`);
  }

  release(ip: string, owner?: string): void {
    if (owner && this.used.get(ip) !== owner) return;
    this.used.delete(ip);
  }

  get size(): number {
    return this.used.size;
  }
}
