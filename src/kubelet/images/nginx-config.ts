// /etc/nginx/nginx.conf and /etc/nginx/conf.d/default.conf as the official nginx image ships
// them, with default.conf as /docker-entrypoint.sh leaves it (the IPv6 listen line added by
// 10-listen-on-ipv6-by-default.sh since 1.19). Our server program serves what they describe.
import { compareVersions } from './nginx-releases.js';

/** The image's nginx.conf: worker_processes auto and notice-level logging since 1.19. */
export function nginxConf(version: string): string {
  const modern = compareVersions(version, '1.19') >= 0;
  return `
user  nginx;
worker_processes  ${modern ? 'auto' : '1'};

error_log  /var/log/nginx/error.log ${modern ? 'notice' : 'warn'};
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;
}

/** conf.d/default.conf after the entrypoint ran: root /usr/share/nginx/html, 50x.html for 500-504. */
export function nginxDefaultConf(version: string): string {
  const modern = compareVersions(version, '1.19') >= 0;
  const listen = modern ? '    listen       80;\n    listen  [::]:80;\n' : '    listen       80;\n';
  const charset = modern ? '' : '\n    #charset koi8-r;';
  return `server {
${listen}    server_name  localhost;
${charset}
    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \\.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \\.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\\.ht {
    #    deny  all;
    #}
}

`;
}
