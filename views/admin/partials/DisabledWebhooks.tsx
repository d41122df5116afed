import type { WebhooksWords } from '../../../src/i18n/admin/webhooks';
import { Message } from './Form';

export interface DisabledWebhooksProps {
  words: WebhooksWords;
  endpoints: { id: number; url: string; description: string; disabledAt: string }[];
}

/**
 * Webhook endpoints that kept failing and were disabled (docs/decisions/0040), at the top of
 * an admin's dashboard so someone turns them back on; nothing at all when there is none.
 */
export function DisabledWebhooks({ words, endpoints }: DisabledWebhooksProps) {
  if (endpoints.length === 0) return null;
  return (
    <section aria-labelledby="disabled-webhooks" class="disabled-webhooks">
      <Message kind="warning">
        <h2 id="disabled-webhooks">{words.noticeHeading(endpoints.length)}</h2>
        <p>{words.noticeIntro}</p>
        <ul>
          {endpoints.map((endpoint) => (
            <li>
              <a href={`/admin/settings/webhooks#webhook-${endpoint.id}`}>{endpoint.url}</a>
              {endpoint.description && <> – {endpoint.description}</>} ({words.disabled(endpoint.disabledAt)})
            </li>
          ))}
        </ul>
        <p>
          <a href="/admin/settings/webhooks">{words.noticeLink}</a>
        </p>
      </Message>
    </section>
  );
}
