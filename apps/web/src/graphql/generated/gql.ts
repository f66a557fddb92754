/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Home($awardFilter: AwardFilter, $first: Int!) {\n    councils(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        region\n        population\n      }\n    }\n    awards(first: $first, filterBy: $awardFilter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        awardedOn\n        value {\n          amountMinor\n          currency\n          formatted\n        }\n        provider {\n          id\n          slug\n          name\n        }\n        round {\n          id\n          slug\n          title\n          theme\n          year\n          council {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n    latestDecisions: rounds(first: 6, filterBy: { phases: [AWARDED, MONITORING, CLOSED] }) {\n      totalCount\n      nodes {\n        id\n        slug\n        title\n        year\n        theme\n        phase\n        kind\n        council {\n          id\n          slug\n          name\n        }\n        pot {\n          amountMinor\n          currency\n          formatted\n        }\n        awarded {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n    }\n    allRounds: rounds(first: 1) {\n      totalCount\n    }\n    providers(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeDocument,
};
const documents: Documents = {
    "\n  query Home($awardFilter: AwardFilter, $first: Int!) {\n    councils(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        region\n        population\n      }\n    }\n    awards(first: $first, filterBy: $awardFilter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        awardedOn\n        value {\n          amountMinor\n          currency\n          formatted\n        }\n        provider {\n          id\n          slug\n          name\n        }\n        round {\n          id\n          slug\n          title\n          theme\n          year\n          council {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n    latestDecisions: rounds(first: 6, filterBy: { phases: [AWARDED, MONITORING, CLOSED] }) {\n      totalCount\n      nodes {\n        id\n        slug\n        title\n        year\n        theme\n        phase\n        kind\n        council {\n          id\n          slug\n          name\n        }\n        pot {\n          amountMinor\n          currency\n          formatted\n        }\n        awarded {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n    }\n    allRounds: rounds(first: 1) {\n      totalCount\n    }\n    providers(first: 1) {\n      totalCount\n    }\n  }\n": types.HomeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($awardFilter: AwardFilter, $first: Int!) {\n    councils(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        region\n        population\n      }\n    }\n    awards(first: $first, filterBy: $awardFilter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        awardedOn\n        value {\n          amountMinor\n          currency\n          formatted\n        }\n        provider {\n          id\n          slug\n          name\n        }\n        round {\n          id\n          slug\n          title\n          theme\n          year\n          council {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n    latestDecisions: rounds(first: 6, filterBy: { phases: [AWARDED, MONITORING, CLOSED] }) {\n      totalCount\n      nodes {\n        id\n        slug\n        title\n        year\n        theme\n        phase\n        kind\n        council {\n          id\n          slug\n          name\n        }\n        pot {\n          amountMinor\n          currency\n          formatted\n        }\n        awarded {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n    }\n    allRounds: rounds(first: 1) {\n      totalCount\n    }\n    providers(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Home($awardFilter: AwardFilter, $first: Int!) {\n    councils(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        region\n        population\n      }\n    }\n    awards(first: $first, filterBy: $awardFilter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        awardedOn\n        value {\n          amountMinor\n          currency\n          formatted\n        }\n        provider {\n          id\n          slug\n          name\n        }\n        round {\n          id\n          slug\n          title\n          theme\n          year\n          council {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n    latestDecisions: rounds(first: 6, filterBy: { phases: [AWARDED, MONITORING, CLOSED] }) {\n      totalCount\n      nodes {\n        id\n        slug\n        title\n        year\n        theme\n        phase\n        kind\n        council {\n          id\n          slug\n          name\n        }\n        pot {\n          amountMinor\n          currency\n          formatted\n        }\n        awarded {\n          amountMinor\n          currency\n          formatted\n        }\n      }\n    }\n    allRounds: rounds(first: 1) {\n      totalCount\n    }\n    providers(first: 1) {\n      totalCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;