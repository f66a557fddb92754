export { default as ChoroplethMap } from "./ChoroplethMap.vue";
export { fitBoundaries, placeKey, type Boundaries, type FittedMap } from "./geo";
export { choropleth, type AreaFigure, type Choropleth } from "./choropleth";
export { useBoundaries, wardBoundaryPath } from "./useBoundaries";
export { perResidentText } from "./format";
