/** Shared by the Node-side setup and the tests inside workerd. */
export const EDGE_TEST_ITERATIONS = 1_000;

export interface DatabaseRequest {
  /**
   * What the factory does (default "create"): "stop" and "start" the endpoint serving `url`
   * (started again on the same port, same file), or "hang": a loopback endpoint that accepts
   * connections and never answers.
   */
  action?: 'create' | 'stop' | 'start' | 'hang';
  url?: string;
  seed?: 'example' | 'site';
  now?: string;
  users?: { username: string; displayName: string; role: 'admin' | 'editor'; password: string }[];
}
