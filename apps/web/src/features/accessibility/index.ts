/** The accessibility statement (/accessibility), linked from every page's footer. */
export { default as AccessibilityPage } from "./AccessibilityPage.vue";
