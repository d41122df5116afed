import type { FeedFormat } from '../../src/domain/feed-formats';
import type { LocalText, PageChrome } from '../chrome';
import { Layout } from '../layouts/Layout';
import type { SubscriptionWords } from '../../src/i18n/subscriptions';
import { ForOtherSystems, type ForOtherSystemsProps } from '../partials/ForOtherSystems';
import { SubscribeForm, type SubscribeFormProps } from '../partials/SubscribeForm';
import { Inline } from '../partials/Text';

export type FeedUrls = Record<FeedFormat, string>;

export interface SubscribePageProps {
  chrome: PageChrome;
  site: FeedUrls;
  /** The iCalendar feed of planned maintenance, absolute. */
  calendar: string;
  incidents: { title: LocalText; resolved: boolean; feeds: FeedUrls }[];
  groups: { name: LocalText; services: { name: LocalText; feeds: FeedUrls }[] }[];
  /** CAP, badges and the embeddable state, for authorities and other sites; null where they are not served (the static export). */
  forOtherSystems: Omit<ForOtherSystemsProps, 'chrome'> | null;
  /** E-mail subscriptions: the form (null: not offered here, said so); left out where e-mail is no option (the static export). */
  email?: EmailSectionProps | null;
}

export interface EmailSectionProps {
  words: SubscriptionWords;
  form: SubscribeFormProps | null;
}

function EmailSection({ chrome, email }: { chrome: PageChrome; email: EmailSectionProps }) {
  const { words } = email;
  return (
    <section aria-labelledby="email-subscription">
      <h2 id="email-subscription">{words.formHeading}</h2>
      {email.form ? (
        <>
          <p>{words.formIntro}</p>
          <SubscribeForm chrome={chrome} form={email.form} />
          <h3>{words.privacyHeading}</h3>
          {words.privacy.map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </>
      ) : (
        <p>{words.unavailable}</p>
      )}
    </section>
  );
}

const ORDER: FeedFormat[] = ['rss', 'atom', 'json'];

function FeedLinks({ chrome, feeds, subject }: { chrome: PageChrome; feeds: FeedUrls; subject: LocalText }) {
  return (
    <ul class="feed-links">
      {ORDER.map((format) => (
        <li>
          <a href={feeds[format]}>
            {chrome.t.feedFormatName[format]}
            <span class="visually-hidden">
              {' – '}
              <Inline chrome={chrome} value={subject} />
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function SubscribePage({ chrome, site, calendar, incidents, groups, forOtherSystems, email }: SubscribePageProps) {
  const { t } = chrome;
  return (
    <Layout chrome={chrome} title={t.subscribeTitle}>
      <h1>{t.subscribeTitle}</h1>
      {t.subscribeIntro.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      {email && <EmailSection chrome={chrome} email={email} />}
      <h2>{t.subscribeHowTo.heading}</h2>
      <ol>
        {t.subscribeHowTo.steps.map((step) => (
          <li>{step}</li>
        ))}
      </ol>

      <h2>{t.subscribeWholeSite}</h2>
      <dl class="feed-urls">
        {ORDER.map((format) => (
          <>
            <dt>{t.feedFormatName[format]}</dt>
            <dd>
              <a href={site[format]}>
                <code>{site[format]}</code>
              </a>
            </dd>
          </>
        ))}
      </dl>

      <h2>{t.subscribeCalendar.heading}</h2>
      {t.subscribeCalendar.paragraphs.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <p>
        <a href={calendar} type="text/calendar">
          <code>{calendar}</code>
        </a>
      </p>

      {incidents.length > 0 && (
        <>
          <h2>{t.subscribeIncidents}</h2>
          <ul class="feed-list">
            {incidents.map((incident) => (
              <li>
                <Inline chrome={chrome} value={incident.title} />
                {incident.resolved && ` (${t.phase.resolved})`}
                <FeedLinks chrome={chrome} feeds={incident.feeds} subject={incident.title} />
              </li>
            ))}
          </ul>
        </>
      )}

      {groups.length > 0 && (
        <>
          <h2>{t.subscribeServices}</h2>
          {groups.map((group) => (
            <>
              <h3>
                <Inline chrome={chrome} value={group.name} />
              </h3>
              <ul class="feed-list">
                {group.services.map((service) => (
                  <li>
                    <Inline chrome={chrome} value={service.name} />
                    <FeedLinks chrome={chrome} feeds={service.feeds} subject={service.name} />
                  </li>
                ))}
              </ul>
            </>
          ))}
        </>
      )}

      <h2>{t.subscribeFormats.heading}</h2>
      {t.subscribeFormats.paragraphs.map((paragraph) => (
        <p>{paragraph}</p>
      ))}

      {forOtherSystems && <ForOtherSystems chrome={chrome} {...forOtherSystems} />}
    </Layout>
  );
}
