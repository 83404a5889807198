import { defineConfig } from 'vite';

// Cross-origin isolation lets the viewer share core activity with its worker through a SharedArrayBuffer.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: '.',
  publicDir: 'public',
  server: { headers: isolation },
  preview: { headers: isolation },
  worker: { format: 'es' },
  build: { outDir: 'dist', target: 'es2022' },
});
