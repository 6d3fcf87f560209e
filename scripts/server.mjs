/**
 * `node scripts/server.mjs [-p PORT] [-H HOST]`: Next's production server, wrapped so that rate
 * limits can know who is asking (issue 7 item 2). Route handlers do not see the TCP socket, so each
 * request gets the socket's address in a header this wrapper always overwrites (a client cannot
 * set it); lib/http/client-address.ts reads it only when EMASK_SOCKET_ADDRESS_HEADER=1, which this
 * wrapper sets for its own process (Next runs the app in this same process).
 * Plain JavaScript so that it runs with `node`, with nothing compiled first.
 */
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const SOCKET_ADDRESS_HEADER = "x-emask-socket-address"; // = lib/http/client-address.ts

function option(flag, fallback) {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const port = Number(option("-p", process.env.PORT ?? "3000"));
const hostname = option("-H", "0.0.0.0");
process.env.EMASK_SOCKET_ADDRESS_HEADER = "1";
// What `next start` does: a production server. Set before Next is loaded, which reads it early.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

// The order-intake fast path (D84): `POST /api/orders` is answered before Next, by the same
// function Next's route handler runs, bundled by `npm run build` (scripts/build-intake.mjs).
const fastIntakeFile = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "emask", "fast-intake.mjs");
if (!existsSync(fastIntakeFile)) {
  console.error(`emask: ${fastIntakeFile} is missing; run \`npm run build\` (it bundles the order-intake fast path).`);
  process.exit(1);
}
const { isIntakeRequest, serveIntake } = await import(pathToFileURL(fastIntakeFile).href);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  if (isIntakeRequest(req.method, req.url)) serveIntake(req, res);
  else handle(req, res);
});
server.listen(port, hostname, () => console.log(`emask: ready on http://${hostname}:${port}`));

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
