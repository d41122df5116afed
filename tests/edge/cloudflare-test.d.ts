// The parts of @cloudflare/vitest-plugin's `cloudflare:test` module these tests use (no workers-types dependency).
declare module 'cloudflare:test' {
  export interface QueueMessageBatch {
    readonly queue: string;
    readonly messages: readonly { id: string; body: unknown; ack(): void; retry(): void }[];
  }
  export interface TestExecutionContext {
    waitUntil(promise: Promise<unknown>): void;
  }
  export function createExecutionContext(): TestExecutionContext;
  export function createMessageBatch<Body = unknown>(
    queueName: string,
    messages: { id: string; timestamp: Date | number; attempts: number; body: Body }[],
  ): QueueMessageBatch;
  export function getQueueResult(
    batch: QueueMessageBatch,
    context: TestExecutionContext,
  ): Promise<{ outcome: string; ackAll: boolean; explicitAcks: string[]; retryMessages: { msgId: string }[] }>;
}
