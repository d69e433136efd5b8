/**
 * The app server `npm start` runs (under its supervisor, scripts/start.ts): Next.js's production request handler behind
 * a plain HTTP server that stamps every request with the client's address (server/http/client-address.ts), overwriting
 * whatever the client sent in that header; X-Forwarded-* headers count only with TRUST_PROXY=1 (one reverse proxy in
 * front, which sets them).
 */
import http from 'node:http';
import next from 'next';
import { CLIENT_ADDRESS_HEADER } from '@/server/http/client-address';
import { requestAddress } from '@/server/http/socket-address';

const port = Number(process.env.PORT || 3000);
const trustProxy = process.env.TRUST_PROXY === '1';

const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

/** Without a trusted proxy in front, what a client says about the host, scheme or its address is not believed. */
const FORWARDED = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'];

const server = http.createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = requestAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxy);
  if (!trustProxy) for (const name of FORWARDED) delete req.headers[name];
  void handle(req, res);
});
server.listen(port, () => console.log(`绩效运行监控已启动：http://localhost:${port}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
