/** Where the site puts each generated page; every link to a data page goes through these. */
export const paths = {
  overview: '/data/',
  race: (id: string) => `/data/races/${id}/`,
  contest: (id: string) => `/data/contests/${id}/`,
  candidate: (candidateId: string) => `/data/candidates/${candidateId}/`,
  apiReference: '/api/',
} as const;
