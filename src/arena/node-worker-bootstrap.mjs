// Worker entry when the arena runs from the TypeScript source tree (bin/redqueen.mjs, vitest, tsx).
// A worker thread starts with a fresh module loader: the tsx hooks of the parent thread do not apply
// to it on Node 20, so it registers tsx itself before importing the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./node-worker.ts');
