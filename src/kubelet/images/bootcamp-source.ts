// The one file the kubernetes-bootcamp images add to node:6.3.1 (`COPY server.js .`, CMD
// `node server.js`): what `cat server.js` shows inside the container. Our own rendering of
// that small app; the process that really serves is servers/bootcamp.mjs, which answers and
// logs the same way (editing this file inside a container changes nothing, as the image's
// node would only read it again on a restart, which starts from a fresh copy anyway).

/** server.js of the bootcamp image whose app version is `version` (v1 answers "v=1", v2 "v=2"). */
export function bootcampServerJs(version: string): string {
  const v = version.replace(/^v/, '');
  return `var http = require('http');
var requests = 0;
var podname = process.env.HOSTNAME;
var startTime;
var host;

var handleRequest = function (request, response) {
  response.setHeader('Content-Type', 'text/plain');
  response.writeHead(200);
  response.write('Hello Kubernetes bootcamp! | Running on: ');
  response.write(host);
  response.end(' | v=${v}\\n');
  console.log('Running On:', host, '| Total Requests:', ++requests, '| App Uptime:', (new Date() - startTime) / 1000, 'seconds', '| Log Time:', new Date());
};

var www = http.createServer(handleRequest);
www.listen(8080, function () {
  startTime = new Date();
  host = process.env.HOSTNAME;
  console.log('Kubernetes Bootcamp App Started At:', startTime, '| Running On: ', host, '\\n');
});
`;
}
