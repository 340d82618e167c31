import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The API serves the built app at / (same origin as /graphql); in development Vite proxies
// /graphql, HTTP and websocket, to an API on 127.0.0.1:3000.
const api = process.env.GROZD_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    // No CSS but what a test needs to measure: a link's size inside an alert (alert.module.css,
    // with Mantine's rules for alerts, text and links, which that test imports), how a
    // dialog's title wraps (dialog.module.css), how a suggestion's buttons set their labels
    // (suggestions.module.css), how tall /partnerships' "Details" is (partnerships.module.css), the other links that stand
    // alone on their line (link-target.module.css), and where the "may be out of date" notice
    // stays (list-refresh-failed.module.css).
    css: { include: [/\/alert\.module\.css$/, /\/dialog\.module\.css$/, /\/suggestions\.module\.css$/, /\/partnerships\.module\.css$/, /\/link-target\.module\.css$/, /\/list-refresh-failed\.module\.css$/, /@mantine\/core\/styles\/(Alert|Anchor|Text)\.css$/] },
    // A bound, not a speed check: rendering a hundred suggestions in jsdom takes seconds on
    // a busy 2-core machine, and vitest's 5 s default failed it there.
    testTimeout: 30_000,
    // Apollo Client aborts a query still in flight when its component unmounts, and the abort
    // surfaces as an unhandled AbortError from its ObservableQuery. On a busy machine a test can
    // end (and unmount) before a paged query answers: seen once in CI (DeskPage, 2026-12-04)
    // with every test passed. That abort is not a failure; any other unhandled error still is.
    onUnhandledError: (error) => {
      const text = `${error.name} ${error.message} ${error.stack ?? ''}`;
      return !(text.includes('AbortError') && text.includes('@apollo/client/core/ObservableQuery'));
    },
  },
});
