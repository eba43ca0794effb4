// The part of autocannon's programmatic API the soak uses (the package ships no types).
declare module 'autocannon' {
  export type Request = { method?: string; path: string; headers?: Record<string, string> };
  export type Options = {
    url: string;
    connections: number;
    duration: number;
    pipelining?: number;
    timeout?: number;
    requests?: Request[];
  };
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    resets: number;
    mismatches: number;
    non2xx: number;
    requests: { total: number; sent: number; average: number };
    statusCodeStats: Record<string, { count: number }>;
  };
  export type Instance = {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
    ): void;
  };
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
