/**
 * The load side of bench/slack-ack.ts, in a worker thread of its own: it signs and fires a burst
 * of requests at once and times each until its HTTP answer, on an event loop the server's work
 * (PGlite runs on the main thread) cannot hold up, so the times are the server's acks.
 */
import { createHmac } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const { url, secret } = workerData;

async function post(request) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${request.body}`).digest('hex')}`;
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': request.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body: request.body,
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  return performance.now() - started;
}

parentPort.on('message', async (requests) => {
  parentPort.postMessage(await Promise.all(requests.map(post)));
});
