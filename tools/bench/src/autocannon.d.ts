// The part of autocannon's programmatic API the bench uses (the package ships no types).
declare module 'autocannon' {
  type Options = {
    url: string;
    connections: number;
    duration: number;
    /** A number of requests to send instead of a duration. */
    amount?: number;
    pipelining?: number;
    timeout?: number;
    headers?: Record<string, string>;
    /** The sequence each connection loops over; `setupRequest` may rewrite a request as it is built. */
    requests?: { setupRequest?: (request: RequestData, context: Record<string, unknown>) => RequestData }[];
  };
  export type RequestData = { method?: string; path?: string; headers?: Record<string, string> };
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    requests: { total: number; average: number };
    statusCodeStats: Record<string, { count: number }>;
  };
  type Instance = {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
    ): void;
  };
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
