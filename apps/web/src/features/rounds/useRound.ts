import { computed, ref, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const RoundPageDocument = graphql(`
  query RoundPage($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      description
      textLang
      projectLang
      translations {
        lang
        title
        description
        targetGroup
      }
      year
      theme
      kind
      phase
      proposalsOpen
      stages {
        phase
        status
      }
      targetGroup
      decisionMethod
      allocationRule
      ballotType
      panelSize
      lotterySeed
      compensationCurrency
      dataSource
      opensOn
      closesOn
      council {
        id
        slug
        name
      }
      area {
        id
        slug
        name
        population
      }
      pot {
        ...MoneyFields
      }
      awarded {
        ...MoneyFields
      }
      spent {
        ...MoneyFields
      }
      sessions {
        id
        date
        kind
        title
        durationMinutes
      }
      outcomes {
        id
        title
        description
        textLang
        translations {
          lang
          title
          description
        }
        position
        status
        indicators {
          ...IndicatorFields
          translations {
            lang
            name
          }
        }
      }
      tender {
        id
        title
        status
        specification
        publishedAt
        submissionDeadline
        budgetCeiling {
          ...MoneyFields
        }
        criteria {
          ...TenderCriterionFields
        }
      }
      bids {
        id
        title
        summary
        status
        category
        amountRequested {
          ...MoneyFields
        }
        provider {
          id
          slug
          name
        }
      }
      decision {
        id
        method
        rule
        summary
        result
        decidedAt
        recommendationRecordedAt
        followedRecommendation
        officerRecommendationNote
        officerRecommendation {
          id
          title
        }
        projects {
          rank
          score
          funded
          explanation
          reasonFacts
          bid {
            id
            externalId
            category
            title
            amountRequested {
              ...MoneyFields
            }
          }
        }
      }
      awards {
        id
        title
        kind
        status
        awardedOn
        startsOn
        endsOn
        value {
          ...MoneyFields
        }
        spent {
          ...MoneyFields
        }
        provider {
          id
          slug
          name
        }
        transactions {
          id
          paidOn
          description
          amount {
            ...MoneyFields
          }
        }
      }
      milestones {
        id
        title
        dueOn
        completedOn
        status
      }
    }
  }
`);

export function useRound(slug: Ref<string>) {
  const variables = computed(() => ({ slug: slug.value }));
  return useQuery({ query: RoundPageDocument, variables });
}

/** A panel's make-up against the census and what it was paid: one round's panel or a council's pooled. */
export const PanelMakeupFieldsFragment = graphql(`
  fragment PanelMakeupFields on ParticipationSummaryType {
    populationSource
    panelSize {
      display
      value
    }
    compensationOwed {
      ...MoneyFields
    }
    compensationPaid {
      ...MoneyFields
    }
    baselineAges {
      from
      to
    }
    panel {
      dimension
      baselineScope
      similarity
      total {
        display
        value
      }
      noData {
        display
        value
      }
      categories {
        category
        count {
          display
          value
          suppressed
        }
        populationCount
      }
    }
  }
`);

export const RoundParticipationDocument = graphql(`
  query RoundParticipation($rounds: [ID!]!) {
    participation(rounds: $rounds) {
      ...PanelMakeupFields
    }
  }
`);

/** Who was on the panel vs the area's census population (counts below 5 suppressed by the API). */
export function useRoundParticipation(slug: Ref<string>, pause: Ref<boolean> = ref(false)) {
  const variables = computed(() => ({ rounds: [slug.value] }));
  return useQuery({ query: RoundParticipationDocument, variables, pause });
}

/** Every panel of a council's rounds, pooled, vs the council's census population. */
export const CouncilParticipationDocument = graphql(`
  query CouncilParticipation($council: String!) {
    participation(council: $council) {
      roundCount
      ...PanelMakeupFields
    }
  }
`);

export function useCouncilParticipation(slug: Ref<string>, pause: Ref<boolean> = ref(false)) {
  const variables = computed(() => ({ council: slug.value }));
  return useQuery({ query: CouncilParticipationDocument, variables, pause });
}

export const RoundFairnessDocument = graphql(`
  query RoundFairness($slug: String!) {
    round(slug: $slug) {
      id
      voiceEquity {
        meanSessionGini
        sessionsWithDominance
        pooled {
          gini
          topShare
          topCount
          participants
          silentParticipants
          dominant
          totalWeight
          dominantParticipants {
            id
            pseudonym
          }
        }
        sessions {
          session {
            id
            title
            date
          }
          measure {
            gini
            topShare
            topCount
            participants
            silentParticipants
            dominant
            totalWeight
            dominantParticipants {
              id
              pseudonym
            }
          }
        }
      }
      scoring {
        scorers
        pivotalScorers
        tie
        incompleteScoreSets
        scale {
          min
          max
        }
        topRanked {
          id
          title
        }
        bids {
          bid {
            id
            title
          }
          score
          rank
          range
          standardDeviation
          scorers
        }
      }
    }
  }
`);

/** Was it fair: voice equity over the sessions and the interview scoring (aggregates only). */
export function useRoundFairness(slug: Ref<string>) {
  const variables = computed(() => ({ slug: slug.value }));
  return useQuery({ query: RoundFairnessDocument, variables });
}

export const RoundPanelDrawDocument = graphql(`
  query RoundPanelDraw($slug: String!) {
    round(slug: $slug) {
      id
      panelDraw {
        committedAt
        drawnAt
        randomnessDate
        randomnessSource
        seed
        applicants
        panelSize
        commitmentSha256
        poolSha256
        poolCsv
        verifyCommand
        probabilities {
          min
          median
          max
        }
        ceremonyTickets
        ceremony {
          tickets
          ticket
          loss
        }
        household {
          applied
          affected
          households
        }
      }
    }
  }
`);

/** The published panel draw of a round (null before a commitment). */
export function useRoundPanelDraw(slug: Ref<string>) {
  const variables = computed(() => ({ slug: slug.value }));
  return useQuery({ query: RoundPanelDrawDocument, variables });
}

export const RoundRuleComparisonDocument = graphql(`
  query RoundRuleComparison($slug: ID!) {
    fairness(rounds: [$slug]) {
      roundId
      ruleComparisonNote
      ruleComparison {
        greedy
        mes
        onlyGreedy
        onlyMes
        greedyProportionality
        mesProportionality
        categories {
          category
          votes
          voteShare
          greedyAmount {
            ...MoneyFields
          }
          mesAmount {
            ...MoneyFields
          }
        }
      }
    }
  }
`);

/** Equal Shares vs greedy on the round's ballots, as stored when the decision was taken (null before or for panels). */
export function useRoundRuleComparison(slug: Ref<string>, pause: Ref<boolean> = ref(false)) {
  const variables = computed(() => ({ slug: slug.value }));
  return useQuery({ query: RoundRuleComparisonDocument, variables, pause });
}

/** "Who was reached": the round's public funnel (docs/adr/0005-suppression-method.md, decision 6). */
export const RoundFunnelDocument = graphql(`
  query RoundFunnel($slug: String!) {
    round(slug: $slug) {
      id
      publicFunnel {
        targetGroup
        ageFrom
        ageTo
        baselineSource
        invited
        responseRate
        stages {
          stage
          total {
            value
            display
            suppressed
          }
        }
        dimensions {
          dimension
          scope
          publishedThrough
          categories {
            category
            targetShare
            stages {
              stage
              share
              count {
                value
                display
                suppressed
              }
            }
          }
        }
        voted {
          total
          dimensions {
            dimension
            categories {
              category
              targetShare
              stages {
                stage
                share
                count {
                  value
                  display
                  suppressed
                }
              }
            }
          }
        }
      }
    }
  }
`);

export function useRoundFunnel(slug: Ref<string>) {
  return useQuery({ query: RoundFunnelDocument, variables: computed(() => ({ slug: slug.value })) });
}
