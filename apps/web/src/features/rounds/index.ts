/** The rounds feature's public face: the panel make-up and indicator figures other pages reuse. */
export { default as PanelMakeup } from "./PanelMakeup.vue";
export { default as IndicatorFigure } from "./IndicatorFigure.vue";
