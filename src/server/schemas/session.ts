// The schema of signing in (POST /api/session).

export const SIGN_IN = {
  type: "object", required: ["name", "password"], additionalProperties: false,
  properties: { name: { type: "string", minLength: 1, maxLength: 200 }, password: { type: "string", minLength: 1, maxLength: 1024 } },
} as const;
