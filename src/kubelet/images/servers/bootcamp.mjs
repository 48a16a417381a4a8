// Plays the Kubernetes Basics tutorial's kubernetes-bootcamp image (a small Node.js server.js
// on port 8080): one line per request naming the pod, and a console log line per request.
import { runHttpServer } from '../serve.mjs';

const host = process.env.HOSTNAME || 'localhost';
const tag = process.env.MK_APP_VERSION || process.env.MK_IMAGE_TAG || 'v1';
const body = `Hello Kubernetes bootcamp! | Running on: ${host} | v=${tag.replace(/^v/, '')}\n`;
let requests = 0;
let startTime = new Date();

runHttpServer({
  defaultPort: 8080,
  handle(req, res) {
    res.setHeader('Content-Type', 'text/plain');
    res.writeHead(200);
    res.end(body);
    // console.log of a Date prints its ISO form; the app's seconds are a plain float
    const uptime = (Date.now() - startTime.getTime()) / 1000;
    process.stdout.write(`Running On: ${host} | Total Requests: ${++requests} | App Uptime: ${uptime} seconds | Log Time: ${new Date().toISOString()}\n`);
  },
  onListening() {
    startTime = new Date();
    process.stdout.write(`Kubernetes Bootcamp App Started At: ${startTime.toISOString()} | Running On:  ${host} \n\n`);
  },
});
