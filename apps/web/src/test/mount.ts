import { flushPromises, mount } from "@vue/test-utils";
import type { Component } from "vue";
import type { Router } from "vue-router";
import { testRouter } from "./router";

/**
 * Mounts a page at a URL over the real router (memory history), with vue-i18n (see setup.ts) and
 * the charts stubbed (chart.js cannot draw in happy-dom; the chart components have their own specs),
 * then waits for the page to settle. Test-only: nothing in src/ outside *.spec.ts imports src/test/.
 */
export async function mountAt(
  page: Component,
  path: string,
  options: { stubs?: Record<string, boolean>; props?: Record<string, unknown> } = {},
): Promise<{ router: Router; wrapper: ReturnType<typeof mount> }> {
  const router = await testRouter(path);
  const wrapper = mount(page, {
    props: options.props ?? {},
    global: { plugins: [router], stubs: { BarChart: true, LineChart: true, PairedBarChart: true, ...options.stubs } },
  });
  await flushPromises();
  // @vue/test-utils types the wrapper of a plain `Component` as VueWrapper<any, any>
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
  return { router, wrapper };
}
