/**
 * Tables wider than a phone scroll sideways inside a `.table-wrap`. A region that scrolls must be
 * reachable and named for keyboard and screen-reader users (WCAG 2.1.1, axe "scrollable-region-
 * focusable"): each wrapper becomes a focusable region named after its table's caption. This runs for
 * every `.table-wrap` the app renders, now or later, so no screen can forget it.
 */
export function makeScrollRegion(wrap: HTMLElement): void {
  if (!wrap.hasAttribute("tabindex")) wrap.tabIndex = 0;
  if (!wrap.hasAttribute("role")) wrap.setAttribute("role", "region");
  const table = wrap.querySelector("table");
  const name =
    table?.querySelector("caption")?.textContent?.trim() ||
    table?.getAttribute("aria-label") ||
    wrap.getAttribute("aria-label");
  if (name) wrap.setAttribute("aria-label", name.replace(/\s+/g, " "));
}

/** Applies `makeScrollRegion` to every `.table-wrap` under `root`, and to those added or changed later. */
export function watchScrollRegions(root: HTMLElement): MutationObserver {
  const apply = () => root.querySelectorAll<HTMLElement>(".table-wrap").forEach(makeScrollRegion);
  apply();
  const observer = new MutationObserver(apply);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return observer;
}
