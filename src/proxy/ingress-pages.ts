// The pages ingress-nginx answers with itself: its default backend's 404 and nginx's 502/503
// error pages (server_tokens off: "nginx" without a version). CRLF line ends as nginx writes.

const TITLES: Record<number, string> = {
  404: 'Not Found',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

export function nginxErrorPage(status: number): string {
  const title = `${status} ${TITLES[status] ?? ''}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/** The status line's reason phrase nginx sends with each page. */
export function nginxReason(status: number): string {
  return TITLES[status] ?? '';
}
