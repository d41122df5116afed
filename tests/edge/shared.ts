/** Shared by the Node-side setup and the tests inside workerd. */
export const EDGE_TEST_ITERATIONS = 1_000;

export interface DatabaseRequest {
  seed?: 'example' | 'site';
  now?: string;
  users?: { username: string; displayName: string; role: 'admin' | 'editor'; password: string }[];
}
