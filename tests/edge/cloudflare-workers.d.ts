// The parts of workerd's `cloudflare:workers` module these tests use (no workers-types dependency).
declare module 'cloudflare:workers' {
  export const env: Record<string, string>;
  export const exports: { default: { fetch(request: Request): Promise<Response> } };
}
