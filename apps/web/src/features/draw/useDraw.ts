import { computed, type MaybeRefOrGetter, onScopeDispose, type Ref, ref, toValue, watch } from "vue";
import { useClientHandle, useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";
import type { ProposedQuotaInput, QuotaFeasibilityQuery } from "../../graphql/generated/graphql";

export const RoundDrawDocument = graphql(`
  query RoundDraw($id: ID!) {
    round(id: $id) {
      id
      slug
      phase
      panelSize
      applicationForm {
        quotaQuestions {
          dimension
          categories
        }
        equalityQuestions {
          dimension
          categories
        }
      }
      panel {
        size
        applicants
        quotas {
          dimension
          category
          min
          max
        }
      }
      lottery {
        drawn
        seed
        probabilities {
          min
          median
          max
        }
      }
      panelDraw {
        committedAt
        commitmentSha256
        commitment
        poolSha256
        poolCsv
        applicants
        panelSize
        quotas {
          dimension
          category
          min
          max
        }
        algorithm
        algorithmVersion
        randomnessDate
        randomnessSource
        seed
        drawnAt
        panel
        alternates
        probabilities {
          min
          median
          max
        }
        ceremonyTickets
        ceremony {
          tickets
          ticket
          firstTicketOfPanel
          lastTicketOfPanel
          loss
          minProbability
          exactMinProbability
        }
        household {
          applied
          affected
          households
        }
        verifyCommand
      }
    }
  }
`);

export const QuotaFeasibilityDocument = graphql(`
  query QuotaFeasibility($id: ID!, $panelSize: Int!, $quotas: [ProposedQuotaInput!]!) {
    round(id: $id) {
      id
      quotaFeasibility(panelSize: $panelSize, quotas: $quotas) {
        feasible
        applicants
        reason
        message
        conflicts {
          dimension
          category
          min
          max
          suggestedMin
          suggestedMax
        }
        suggestedQuotas {
          dimension
          category
          min
          max
        }
        pool {
          dimension
          category
          applicants
        }
        problems {
          code
          field
          message
        }
      }
    }
  }
`);

export const DrawQuotasSetDocument = graphql(`
  mutation DrawQuotasSet($input: PanelQuotasSetInput!) {
    panelQuotasSet(input: $input) {
      round {
        id
        panelSize
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const PanelDrawCommitDocument = graphql(`
  mutation PanelDrawCommit($input: PanelDrawCommitInput!) {
    panelDrawCommit(input: $input) {
      draw {
        commitmentSha256
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const DrawSelectDocument = graphql(`
  mutation DrawSelect($input: PanelSelectInput!) {
    panelSelect(input: $input) {
      quotasMet
      round {
        id
        lotterySeed
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export function useRoundDraw(roundId: MaybeRefOrGetter<string>) {
  return useQuery({
    query: RoundDrawDocument,
    variables: computed(() => ({ id: toValue(roundId) })),
    requestPolicy: "cache-and-network",
  });
}

export type Feasibility = NonNullable<QuotaFeasibilityQuery["round"]>["quotaFeasibility"];

/**
 * Live feasibility of the proposed quotas: asks the API (which saves nothing) `delayMs` after the
 * last change; answers to older proposals are dropped. `proposal` is null while the form's own
 * checks fail (nothing is asked then).
 */
export function useLiveFeasibility(
  roundId: MaybeRefOrGetter<string>,
  proposal: Ref<{ panelSize: number; quotas: ProposedQuotaInput[] } | null>,
  delayMs = 400,
) {
  const client = useClientHandle().client;
  const result = ref<Feasibility | null>(null);
  const checking = ref(false);
  const failed = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  watch(
    () => JSON.stringify(proposal.value),
    () => {
      clearTimeout(timer);
      const p = proposal.value;
      if (!p) {
        result.value = null;
        checking.value = false;
        return;
      }
      checking.value = true;
      timer = setTimeout(() => {
        const mine = ++asked;
        void client
          .query(QuotaFeasibilityDocument, { id: toValue(roundId), ...p }, { requestPolicy: "network-only" })
          .toPromise()
          .then((answer) => {
            if (mine !== asked) return;
            checking.value = false;
            failed.value = Boolean(answer.error);
            result.value = answer.data?.round?.quotaFeasibility ?? null;
          });
      }, delayMs);
    },
    { immediate: true },
  );
  onScopeDispose(() => clearTimeout(timer));
  return { result, checking, failed };
}
