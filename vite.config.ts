// Builds the web UI (src/ui) into dist/ui, which the server serves; `npm run dev` serves it with the API proxied.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/ui',
  plugins: [react()],
  build: {
    outDir: '../../dist/ui',
    emptyOutDir: true,
    // ECharts alone is ~600 kB minified; it is its own chunk, loaded only by the dashboards.
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
