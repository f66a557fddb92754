import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";
import vue from "@vitejs/plugin-vue";
import VueI18nPlugin from "@intlify/unplugin-vue-i18n/vite";
import { colour } from "./src/styles/tokens";
import en from "./src/i18n/locales/en.json";
import { DEFAULT_LOCALE, intlTag } from "./src/i18n/locales";

// The API the dev server proxies to (`pnpm dev` at the root starts it on PORT 4000).
const api = process.env.COPRODUCE_API_URL ?? `http://localhost:${process.env.API_PORT ?? "4000"}`;

/**
 * index.html takes its colour from the design tokens and its words from the English messages, like
 * everything else (the app then sets the title and <html lang> for the reader's locale).
 */
/** The brand mark (◆) in the brand colour, inline: no favicon request, so no 404 for one. */
const favicon = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M8 0l8 8-8 8-8-8z" fill="${colour.blue}"/></svg>`,
)}`;

const htmlTokens = {
  name: "coproduce-html-tokens",
  transformIndexHtml: (html: string) =>
    html
      .replaceAll("%THEME_COLOUR%", colour.blue)
      .replaceAll("%FAVICON%", favicon)
      .replaceAll("%APP_LANG%", intlTag(DEFAULT_LOCALE))
      .replaceAll("%APP_TITLE%", en.app.title)
      .replaceAll("%APP_DESCRIPTION%", en.app.description)
      .replaceAll("%CONSOLE_TITLE%", en.app.consoleTitle)
      .replaceAll("%CONSOLE_DESCRIPTION%", en.app.consoleDescription)
      .replaceAll("%CONSOLE_HINT%", en.app.consoleHint),
};

export default defineConfig({
  plugins: [
    vue(),
    // Messages are compiled at build time, so the bundle carries vue-i18n's runtime only (no message
    // compiler) and no code is generated in the browser.
    VueI18nPlugin({
      include: [fileURLToPath(new URL("./src/i18n/locales/**", import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: true,
      strictMessage: false,
      dropMessageCompiler: true,
    }),
    htmlTokens,
  ],
  build: {
    outDir: "dist",
    // Two pages: the dashboard, and the analyst's GraphQL console (GraphiQL, sent for a browser's GET /graphql).
    emptyOutDir: true,
    sourcemap: true,
    // Initial JS budget: 150 KB gzip. Pages are lazy routes (one chunk per page);
    // chart.js lives in its own chunk, loaded only by pages that draw a chart.
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("./index.html", import.meta.url)),
        graphiql: fileURLToPath(new URL("./graphiql.html", import.meta.url)),
      },
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
