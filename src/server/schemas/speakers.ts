// The schemas of /api/speakers: the searchable listing and a speaker's name in the path.

export const SPEAKERS_QUERY = {
  type: "object", additionalProperties: false,
  properties: {
    q: { type: "string", maxLength: 200, description: "words the name starts with" },
    limit: { type: "integer", minimum: 1, maximum: 1000, default: 100 },
    offset: { type: "integer", minimum: 0, default: 0 },
  },
} as const;
export const SPEAKER_PARAMS = { type: "object", properties: { name: { type: "string", minLength: 1, maxLength: 300 } } } as const;
