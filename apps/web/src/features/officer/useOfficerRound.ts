import { computed, type ComputedRef, type Ref } from "vue";
import { useQuery, type UseQueryResponse } from "@urql/vue";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { sessionToken, sessionViewer } from "../../lib/session";

/** What an officer round page's query must answer: the round (by slug) and the council it belongs to. */
interface RoundOfCouncil {
  readonly council: { readonly slug: string };
}

export interface OfficerRound<Data, R> {
  /** An officer is signed in on this browser (the query waits until then). */
  readonly signedIn: ComputedRef<boolean>;
  readonly query: UseQueryResponse<Data, { slug: string }>;
  /** The round, or null while loading or when there is none with that slug. */
  readonly round: ComputedRef<R | null>;
  /** The round belongs to the signed-in officer's council (otherwise the page says it is not theirs). */
  readonly ownRound: ComputedRef<boolean>;
  /** Load the round again from the API (after a form changed it). */
  readonly reload: () => void;
}

/**
 * The preamble of every officer page about one round (/officer/rounds/:slug/…): wait for an officer
 * to sign in, load the round by its slug with the page's own query (always from the network: the
 * page shows what the forms just changed), and tell whether it is the officer's council's round.
 * The template is `OfficerRoundGate` around the page's own content.
 */
export function useOfficerRound<Data extends { round?: RoundOfCouncil | null }>(
  document: TypedDocumentNode<Data, { slug: string }>,
  slug: Ref<string>,
): OfficerRound<Data, NonNullable<Data["round"]>> {
  const signedIn = computed(() => Boolean(sessionToken.value && sessionViewer.value));
  const query = useQuery({
    query: document,
    variables: computed(() => ({ slug: slug.value })),
    pause: computed(() => !signedIn.value),
    requestPolicy: "network-only",
  });
  const round = computed(() => (query.data.value?.round ?? null) as NonNullable<Data["round"]> | null);
  const ownRound = computed(
    () => round.value !== null && round.value.council.slug === sessionViewer.value?.councilSlug,
  );
  return {
    signedIn,
    query,
    round,
    ownRound,
    reload: () => {
      void query.executeQuery({ requestPolicy: "network-only" });
    },
  };
}
