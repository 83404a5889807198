// Node worker-thread entry: exposes the worker API over comlink on the parent port.
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createWorkerApi } from './worker-api.ts';

if (!parentPort) throw new Error('node-worker.ts must run in a worker thread');
expose(createWorkerApi(), nodeEndpoint(parentPort));
