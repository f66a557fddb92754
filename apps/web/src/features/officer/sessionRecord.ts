/** A session and a panel member as the forms that record something about one member in one session list them. */
export interface SessionOption {
  readonly id: string;
  readonly date: string;
  readonly title: string;
}
export interface MemberOption {
  readonly id: string;
  readonly pseudonym: string;
}

/** The pseudonym of the member chosen in such a form, for its confirmation (`fallback` when it is not in the list). */
export function pseudonymOf(members: readonly MemberOption[], id: string, fallback: string): string {
  return members.find((m) => m.id === id)?.pseudonym ?? fallback;
}
