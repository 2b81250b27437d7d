import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA lives in web/ and imports the shared zod schemas and locales from the repository root.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      // Libraries change less often than the app: their own chunks stay cached across releases.
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-dom/client', 'react-router'],
          libraries: [
            '@tanstack/react-query',
            'i18next',
            'luxon',
            'react-hook-form',
            'react-i18next',
            'zod',
          ],
        },
      },
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; they are harmless and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
    fs: { allow: [path.join(import.meta.dirname, '..')] },
  },
});
