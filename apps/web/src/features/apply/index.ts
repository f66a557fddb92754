/** The application feature's public face: the form's fields and checks, reused for officers' paper entries. */
export { default as ApplicationFields } from "./ApplicationFields.vue";
export {
  buildApplication,
  categoryLabel,
  initialApplication,
  type ApplicationValues,
  type Question,
} from "./applyForm";
export { ApplicantApplyDocument } from "./useApply";
