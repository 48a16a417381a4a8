// The nginx releases the official Docker Hub image ships (from the nginx and docker-nginx
// repositories, snapshot of April 2026), and which tags point at which release.

/** Last patch release of each 1.<minor> line, with that release's date (used for Last-Modified). */
const LAST_PATCH: Record<number, [number, string]> = {
  7: [12, '2015-04-07T16:00:00Z'],
  8: [1, '2016-01-26T17:39:30Z'],
  9: [15, '2016-04-19T16:00:00Z'],
  10: [3, '2017-01-31T16:00:00Z'],
  11: [13, '2017-04-04T16:00:00Z'],
  12: [2, '2017-10-17T16:00:00Z'],
  13: [12, '2018-04-10T16:00:00Z'],
  14: [2, '2018-12-04T17:52:24Z'],
  15: [12, '2019-04-16T16:00:00Z'],
  16: [1, '2019-08-13T15:51:42Z'],
  17: [10, '2020-04-14T16:00:00Z'],
  18: [0, '2020-04-21T16:00:00Z'],
  19: [10, '2021-04-13T18:13:58Z'],
  20: [2, '2021-11-16T17:44:02Z'],
  21: [6, '2022-01-25T18:03:51Z'],
  22: [1, '2022-10-19T16:00:00Z'],
  23: [4, '2023-03-28T18:01:53Z'],
  24: [0, '2023-04-11T04:45:34Z'],
  25: [5, '2024-04-16T18:27:50Z'],
  26: [3, '2025-02-05T20:40:47Z'],
  27: [5, '2025-04-16T16:01:11Z'],
  28: [3, '2026-03-24T22:33:23Z'],
  29: [8, '2026-04-07T15:37:12Z'],
  30: [0, '2026-04-14T17:10:11Z'],
};

/** Dates of specific releases tutorials pin (others use their line's last-release date). */
const RELEASE_DATES: Record<string, string> = {
  '1.7.9': '2014-12-23T18:28:37Z',
  '1.9.1': '2015-05-26T16:49:50Z',
  '1.25.3': '2023-10-24T13:46:47Z',
};

export const NGINX_MAINLINE = '1.29.8';
export const NGINX_STABLE = '1.30.0';
/** Alpine variants exist on Docker Hub from this minor on. */
const FIRST_ALPINE_MINOR = 10;

export interface NginxRelease {
  version: string;
  alpine: boolean;
  releasedAt: string;
}

function releaseDate(version: string): string {
  const minor = Number(version.split('.')[1]);
  return RELEASE_DATES[version] ?? LAST_PATCH[minor]![1];
}

/** Maps an nginx image tag to the release it points at, or undefined when Docker Hub has no such tag. */
export function nginxReleaseForTag(tag: string): NginxRelease | undefined {
  let base = tag;
  let alpine = false;
  if (tag === 'alpine' || tag.endsWith('-alpine')) {
    alpine = true;
    base = tag === 'alpine' ? 'latest' : tag.slice(0, -'-alpine'.length);
  }
  const named: Record<string, string> = { latest: NGINX_MAINLINE, mainline: NGINX_MAINLINE, '1': NGINX_MAINLINE, stable: NGINX_STABLE };
  let version = named[base];
  if (!version) {
    const m = /^1\.(\d+)(?:\.(\d+))?$/.exec(base);
    if (!m || m[1]!.length > 1 && m[1]!.startsWith('0')) return undefined;
    const minor = Number(m[1]);
    const line = LAST_PATCH[minor];
    if (!line) return undefined;
    if (m[2] === undefined) version = `1.${minor}.${line[0]}`;
    else {
      if (m[2].length > 1 && m[2].startsWith('0')) return undefined;
      if (Number(m[2]) > line[0]) return undefined;
      version = `1.${minor}.${Number(m[2])}`;
    }
  }
  if (alpine && Number(version.split('.')[1]) < FIRST_ALPINE_MINOR) return undefined;
  return { version, alpine, releasedAt: releaseDate(version) };
}

/** Every release with an image, oldest first. */
export function nginxVersions(): string[] {
  return Object.entries(LAST_PATCH).flatMap(([minor, [last]]) => Array.from({ length: last + 1 }, (_, p) => `1.${minor}.${p}`));
}

/** Compares dotted versions numerically: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
