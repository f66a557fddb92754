/** The panel feature's public face: what other features may use (the scoring sheet's rules). */
export { missingScores, pickAScore, scoreLabels, scoresInput, sheetErrors, SCORE_MAX, type Sheet } from "./scoreRules";
export { default as ScoreScale } from "./ScoreScale.vue";
