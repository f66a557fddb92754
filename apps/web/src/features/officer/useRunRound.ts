import { computed, type Ref } from "vue";
import { useMutation, useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

/** One round in the officer console: its stages (task list), what the current stage needs, and the moves. */
export const OfficerRoundTasksDocument = graphql(`
  query OfficerRoundTasks($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      kind
      phase
      nextPhase
      previousPhase
      council {
        id
        slug
        name
      }
      stages {
        phase
        label
        status
      }
      nextPhaseRequirements {
        code
        met
        message
      }
    }
  }
`);

export const RoundStepBackDocument = graphql(`
  mutation RoundStepBack($input: RoundStepBackInput!) {
    roundStepBack(input: $input) {
      round {
        id
        slug
        phase
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RoundCreateDocument = graphql(`
  mutation RoundCreate($input: RoundCreateInput!) {
    roundCreate(input: $input) {
      round {
        id
        slug
        title
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CouncilAreasDocument = graphql(`
  query CouncilAreas($slug: String!) {
    council(slug: $slug) {
      id
      areas {
        id
        name
        kind
      }
    }
  }
`);

export function useStepBack() {
  return useMutation(RoundStepBackDocument);
}

export function useCouncilAreas(slug: Ref<string | null>) {
  return useQuery({
    query: CouncilAreasDocument,
    variables: computed(() => ({ slug: slug.value ?? "" })),
    pause: computed(() => !slug.value),
  });
}
