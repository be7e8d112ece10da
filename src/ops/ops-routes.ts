import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The operator's endpoints, served on PORT in every mode: `GET /healthz` (the process answers)
 * and `GET /readyz` (the database answers and is migrated: route traffic here). Returns false
 * for any other request, so a webhook server can serve its own path beside them.
 */
export function opsRoutes(ready: () => Promise<boolean>) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET') return false;
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return true;
    }
    if (path === '/readyz') {
      ready().then(
        (ok) =>
          res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' }).end(ok ? 'ready' : 'not ready'),
        () => res.writeHead(503, { 'content-type': 'text/plain' }).end('not ready'),
      );
      return true;
    }
    return false;
  };
}
