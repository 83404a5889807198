// Web Worker entry for the browser pool: the same worker API as the Node threads, on `self`.
import { expose } from 'comlink';
import { createWorkerApi } from './worker-api.ts';

expose(createWorkerApi());
