// The pages stock nginx answers with: the welcome page (three editions over the years) and the
// built-in error pages (ngx_http_special_response.c). Byte-exact, since tutorials show sizes.

const HEAD = '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\n';
const STYLE_2012 = '    body {\n        width: 35em;\n        margin: 0 auto;\n        font-family: Tahoma, Verdana, Arial, sans-serif;\n    }\n';
const STYLE_2021 = 'html { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n';
const BODY_OPEN = '</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n';
const TEXT_2012 =
  '<p>If you see this page, the nginx web server is successfully installed and\n' +
  'working. Further configuration is required.</p>\n\n' +
  '<p>For online documentation and support please refer to\n<a href="http://nginx.org/">nginx.org</a>.<br/>\n' +
  'Commercial support is available at\n<a href="http://nginx.com/">nginx.com</a>.</p>\n\n';
const TEXT_2026 =
  '<p>If you see this page, nginx is successfully installed and working.\n' +
  'Further configuration is required for the web server, reverse proxy, \n' +
  'API gateway, load balancer, content cache, or other features.</p>\n\n' +
  '<p>For online documentation and support please refer to\n<a href="https://nginx.org/">nginx.org</a>.<br/>\n' +
  'To engage with the community please visit\n<a href="https://community.nginx.org/">community.nginx.org</a>.<br/>\n' +
  'For enterprise grade support, professional services, additional \n' +
  'security features and capabilities please refer to\n<a href="https://f5.com/nginx">f5.com/nginx</a>.</p>\n\n';
const TAIL = '<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n';

function cmp(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
  return 0;
}

/** index.html as packaged with nginx <version>: 612 bytes until 1.21.1, 615 until 1.29.5, then 896. */
export function welcomePage(version) {
  if (cmp(version, '1.21.2') < 0) return HEAD + STYLE_2012 + BODY_OPEN + TEXT_2012 + TAIL;
  if (cmp(version, '1.29.6') < 0) return HEAD + STYLE_2021 + BODY_OPEN + TEXT_2012 + TAIL;
  return HEAD + STYLE_2021 + BODY_OPEN + TEXT_2026 + TAIL;
}

/** 50x.html as packaged alongside index.html (the default.conf's error_page for 500-504). */
export function serverErrorPage(version) {
  const style = cmp(version, '1.21.2') < 0 ? STYLE_2012 : STYLE_2021;
  return '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n<style>\n' + style + '</style>\n</head>\n<body>\n' +
    '<h1>An error occurred.</h1>\n<p>Sorry, the page you are looking for is currently unavailable.<br/>\nPlease try again later.</p>\n' +
    '<p>If you are the system administrator of this resource then you should check\nthe error log for details.</p>\n' +
    '<p><em>Faithfully yours, nginx.</em></p>\n</body>\n</html>\n';
}

const TITLES = { 301: 'Moved Permanently', 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed', 500: 'Internal Server Error' };

/** nginx's built-in error page; `<body bgcolor="white">` until 1.15.4. CRLF line ends. */
export function errorPage(status, version) {
  const title = `${status} ${TITLES[status] || ''}`;
  const body = cmp(version, '1.15.4') < 0 ? '<body bgcolor="white">' : '<body>';
  return `<html>\r\n<head><title>${title}</title></head>\r\n${body}\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

/** Status line reason phrases nginx uses (405 is "Not Allowed"). */
export const REASONS = { 200: 'OK', 301: 'Moved Permanently', 304: 'Not Modified', 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed', 500: 'Internal Server Error' };
