import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

const api = "http://localhost:4000";

export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // Initial JS budget: 150 KB gzip. Pages are lazy routes (one chunk per page);
    // chart.js lives in its own chunk, loaded only by pages that draw a chart.
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Match the package directory itself (pnpm paths contain other packages' names).
            {
              name: "vendor",
              priority: 2,
              test: /[\\/]node_modules[\\/](vue|@vue[\\/][^\\/]+|vue-router|@urql[\\/][^\\/]+|wonka|@0no-co[\\/]graphql\.web)[\\/]/,
            },
            {
              name: "charts",
              priority: 1,
              test: /[\\/]node_modules[\\/](chart\.js|vue-chartjs|@kurkle[\\/]color)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      "/graphql": api,
      "/healthz": api,
      "/exports": api,
    },
  },
});
