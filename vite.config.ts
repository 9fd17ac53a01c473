// Builds the web UI (src/ui) into dist/ui, which the server serves; `npm run dev` serves it with the API proxied.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/ui',
  plugins: [react()],
  build: {
    outDir: '../../dist/ui',
    emptyOutDir: true,
    // ECharts (~590 kB minified) is its own chunk, loaded by the first chart shown; the app's own chunk
    // (React, zod, both languages' texts, every screen but the dashboards) is ~890 kB. Past that, warn.
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
