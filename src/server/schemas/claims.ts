// The schemas of /api/claims: the claims' query is the one claim filter's (domain/claim-filter.ts).

import { CLAIM_FILTER_SCHEMA } from "../../domain/claim-filter.js";

export const CLAIMS_QUERY = CLAIM_FILTER_SCHEMA;
