// The files each built-in image carries, as far as tutorials look at them: the bootcamp app's
// server.js, nginx's html and config. Everything else an image holds (its /bin, /usr, libraries)
// is the host's: a container's commands run from the host's PATH.
import type { ResolvedImage } from './catalog.js';
import { bootcampServerJs } from './bootcamp-source.js';
import { nginxConf, nginxDefaultConf } from './nginx-config.js';
import { serverErrorPage, welcomePage } from './nginx-pages.mjs';

export interface ImageFile {
  /** absolute path inside the container */
  path: string;
  content?: string;
  /** for symbolic links: the target */
  symlink?: string;
  mode?: number;
  /** modification time (nginx's html carries the release date, which Last-Modified shows) */
  mtime?: Date;
}

export interface ImageFilesystem {
  /** the image's WORKDIR: where the process and `kubectl exec` start */
  workdir: string;
  /** directories the image has even when empty */
  dirs: string[];
  files: ImageFile[];
}

export const NGINX_HTML_DIR = '/usr/share/nginx/html';

function nginxFiles(img: ResolvedImage): ImageFilesystem {
  const released = img.releasedAt ? new Date(img.releasedAt) : undefined;
  return {
    workdir: '/',
    dirs: ['/etc/nginx/conf.d', '/var/cache/nginx', '/var/log/nginx', NGINX_HTML_DIR],
    files: [
      { path: `${NGINX_HTML_DIR}/index.html`, content: welcomePage(img.version), mtime: released },
      { path: `${NGINX_HTML_DIR}/50x.html`, content: serverErrorPage(img.version), mtime: released },
      { path: '/etc/nginx/nginx.conf', content: nginxConf(img.version) },
      { path: '/etc/nginx/conf.d/default.conf', content: nginxDefaultConf(img.version) },
      // the image sends nginx's logs to the container's output
      { path: '/var/log/nginx/access.log', symlink: '/dev/stdout' },
      { path: '/var/log/nginx/error.log', symlink: '/dev/stderr' },
    ],
  };
}

/** What the image adds on top of the base every container gets (see ../rootfs.ts). */
export function imageFilesystem(img: ResolvedImage): ImageFilesystem {
  switch (img.kind) {
    case 'bootcamp':
      // node:6.3.1 sets no WORKDIR and the Dockerfile copies server.js to "."
      return { workdir: '/', dirs: [], files: [{ path: '/server.js', content: bootcampServerJs(img.version) }] };
    case 'nginx':
      return nginxFiles(img);
    default:
      return { workdir: '/', dirs: [], files: [] };
  }
}
