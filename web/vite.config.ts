// Builds the web UI into web/dist, which `rasd serve` serves. Everything is
// bundled (fonts, map geometry): the UI works with no network but the API.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000, assetsInlineLimit: 0 },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
