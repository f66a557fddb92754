import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../../graphql/generated";

/** /officer/audit: the council (its id for the log) and its rounds (the filter). */
export const OfficerAuditCouncilDocument = graphql(`
  query OfficerAuditCouncil($slug: String!) {
    council(slug: $slug) {
      id
      name
    }
    rounds(first: 100, filterBy: { council: $slug }) {
      nodes {
        id
        slug
        title
      }
    }
  }
`);

/** One page of the audit log, newest first: of the council, or of one round. */
export const AuditLogPageDocument = graphql(`
  query AuditLogPage($council: ID, $round: ID, $after: String) {
    auditLog(council: $council, round: $round, first: 20, after: $after) {
      nodes {
        id
        action
        actor
        actorName
        createdAt
        entityType
        before
        after
        round {
          id
          slug
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function useOfficerAuditCouncil(slug: Ref<string | null>) {
  return useQuery({
    query: OfficerAuditCouncilDocument,
    variables: computed(() => ({ slug: slug.value ?? "" })),
    pause: computed(() => !slug.value),
  });
}
