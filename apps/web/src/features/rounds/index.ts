/** The rounds feature's public face: the panel make-up, indicator figures and ordinals other pages reuse. */
export { default as PanelMakeup } from "./PanelMakeup.vue";
export { default as IndicatorFigure } from "./IndicatorFigure.vue";
export { ordinalOf } from "./reasonText";
