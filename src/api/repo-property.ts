// The JSON Schema of a repository name, wherever a route takes one (query or body): one definition, so
// every route accepts and refuses the same names.
export const repoProperty = { type: 'string', minLength: 1, maxLength: 512 } as const;
