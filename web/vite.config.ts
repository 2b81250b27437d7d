import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const compressible = /\.(?:js|css|html|json|svg)$/;

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside each text file of the build, once, at its
 * best levels; the server sends the copy the browser accepts (@fastify/static `preCompressed`).
 */
function precompress(outDir: string): Plugin {
  const brotli = promisify(brotliCompress);
  const gzipped = promisify(gzip);
  return {
    name: 'liaison-precompress',
    apply: 'build',
    async closeBundle() {
      const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((entry) => entry.isFile() && compressible.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name));
      await Promise.all(
        files.map(async (file) => {
          const body = await readFile(file);
          if (body.length < 1024) return;
          const quality = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY };
          await writeFile(`${file}.br`, await brotli(body, { params: quality }));
          await writeFile(`${file}.gz`, await gzipped(body, { level: 9 }));
        }),
      );
    },
  };
}

const outDir = path.join(import.meta.dirname, 'dist');

// The SPA lives in web/ and imports the shared zod schemas and locales from the repository root.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress(outDir)],
  build: {
    outDir,
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
