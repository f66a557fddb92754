/** The officer feature's public face: the console form frame and field other features' forms reuse. */
export { default as ConsoleForm } from "./ConsoleForm.vue";
export { default as ConsoleField } from "./ConsoleField.vue";
export { currencySymbol, parseMoney } from "./forms";
/** Taking the decision and advancing the stage, for the voting desk's "close voting". */
export { DecisionTakeDocument, useAdvancePhase } from "./useOfficer";
