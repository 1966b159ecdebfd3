// The schemas of the follows and alerts routes: a follow, a new follow, and where an event stream resumes.

import { FOLLOW_KINDS } from "../../ledger/alerts/schema.js";

export const FOLLOW = {
  type: "object",
  properties: { id: { type: "integer" }, kind: { type: "string", enum: FOLLOW_KINDS }, value: { type: "string" }, createdAt: { type: "string" } },
} as const;
export const FOLLOWS = { type: "object", properties: { items: { type: "array", items: FOLLOW } } } as const;
export const NEW_FOLLOW = {
  type: "object", required: ["kind", "value"], additionalProperties: false,
  properties: { kind: { type: "string", enum: FOLLOW_KINDS }, value: { type: "string", minLength: 1, maxLength: 200 } },
} as const;
export const EVENTS_QUERY = {
  type: "object", additionalProperties: false,
  properties: { after: { type: "integer", minimum: 0, description: "send the alerts after this id first (EventSource sends Last-Event-ID itself)" } },
} as const;
