/**
 * `POST /v2/pipeline`: find (or open) the stream, run its requests in order, hand back the next
 * baton. A malformed request fails alone, as an error result; only a body that is not a
 * pipeline at all, or a baton that leads nowhere, rejects the whole call.
 */
import { z } from 'zod';
import { HranaError, wireErrorOf } from './hrana-errors';
import { pipelineRequestBody, streamRequest, type WirePipelineResponse, type WireStreamResult } from './hrana-protocol';
import type { HranaStream } from './hrana-stream';
import type { StreamRegistry } from './stream-registry';

export async function runPipeline(registry: StreamRegistry, body: unknown): Promise<WirePipelineResponse> {
  const parsed = pipelineRequestBody.safeParse(body);
  if (!parsed.success) {
    // The client gives up a stream whose request was rejected; release it now, not at expiry.
    const baton = (body as { baton?: unknown } | null)?.baton;
    if (typeof baton === 'string') registry.discard(baton);
    throw new HranaError(`Not a Hrana pipeline request: ${z.prettifyError(parsed.error)}`, 'INVALID_REQUEST');
  }
  const stream = registry.checkOut(parsed.data.baton);
  const results: WireStreamResult[] = [];
  for (const request of parsed.data.requests) results.push(await resultOf(stream, request));
  return { baton: registry.checkIn(stream), base_url: null, results };
}

/** Never throws: whatever goes wrong with one request becomes that request's error result. */
async function resultOf(stream: HranaStream, request: unknown): Promise<WireStreamResult> {
  try {
    const parsed = streamRequest.safeParse(request);
    if (!parsed.success) throw new HranaError(`Invalid stream request: ${z.prettifyError(parsed.error)}`, 'INVALID_REQUEST');
    return { type: 'ok', response: await stream.handle(parsed.data) };
  } catch (error) {
    return { type: 'error', error: wireErrorOf(error) };
  }
}
