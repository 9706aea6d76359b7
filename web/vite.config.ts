import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.CHRONICLE_API ?? 'http://localhost:8080';

/**
 * The web UI: `vite --config web/vite.config.ts` serves it with the API proxied (start the API with
 * `chronicle serve` first); `npm run build:web` writes `web/dist`, which the API server serves.
 *
 * @example
 * CHRONICLE_API=http://localhost:9090 npx vite --config web/vite.config.ts
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    // The UI reuses the shared model (taxonomy, EDTF, counts) from the package's src/.
    fs: { allow: ['..'] },
    proxy: { '/api': api, '/health': api },
  },
});
