/**
 * Date handling shared by the exports. Coproduce stores civil dates (`YYYY-MM-DD`, no zone) and
 * instants (ISO date-times with a zone).
 */
import { ExportInputError } from "./types.js";

const CIVIL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isCivilDate(value: string): boolean {
  return CIVIL_DATE.test(value);
}

/**
 * OCDS wants RFC 3339 date-times everywhere. A civil date becomes midnight UTC of that day
 * (`2015-03-02T00:00:00Z`): OCDS's guidance for dates known only to the day. The day itself is
 * what is meant; consumers should read the date part.
 */
export function toOcdsDateTime(value: string): string {
  if (CIVIL_DATE.test(value)) return `${value}T00:00:00Z`;
  if (DATE_TIME.test(value)) return value;
  throw new ExportInputError(`Not a civil date or an ISO date-time with a zone: "${value}"`);
}

/** 360Giving accepts `YYYY-MM-DD` or a date-time: civil dates pass through unchanged. */
export function to360Date(value: string): string {
  if (CIVIL_DATE.test(value) || DATE_TIME.test(value)) return value;
  throw new ExportInputError(`Not a civil date or an ISO date-time with a zone: "${value}"`);
}

/** For fields that must be full date-times in 360Giving too (`dateModified`). */
export function to360DateTime(value: string): string {
  return toOcdsDateTime(value);
}

/**
 * For the end of a period given as a civil date (a deadline, the last day of a contract): the
 * last second of that day in UTC, so the whole day is inside the period.
 */
export function toOcdsEndDateTime(value: string): string {
  if (CIVIL_DATE.test(value)) return `${value}T23:59:59Z`;
  return toOcdsDateTime(value);
}
