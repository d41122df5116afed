import type { OverallState } from '../../src/domain/overall';
import type { LocalText, PageChrome } from '../chrome';
import { Layout } from '../layouts/Layout';
import { QrCode } from '../partials/QrCode';
import type { ServiceSummary } from '../partials/ServiceItem';
import { Icon, StatusBadge } from '../partials/StatusBadge';
import { Inline } from '../partials/Text';
import { TodayHours, type ContactToday } from '../partials/TodayHours';
import { OVERALL_ICON } from './OverviewPage';

export interface PosterProps {
  chrome: PageChrome;
  /** The site's title, cut to fit the sheet. */
  title: string;
  /** The organisation's name when the title does not already say it. */
  organisation: string | null;
  /** The poster's print stylesheet. */
  stylesheet: string;
  overall: OverallState;
  affected: ServiceSummary[];
  /** Services left out for room; the status page has them. */
  moreAffected: number;
  contacts: ContactToday[];
  moreContacts: number;
  /** The day the hours are for, and the moment of rendering ("Utskriven"). */
  printedAt: Date;
  /** The overview's absolute address, for the QR code and to type in. */
  statusUrl: string;
  plainTextHref: string;
}

/**
 * The address as a reader types it: without "https://", and free to wrap after a slash or
 * a dot rather than inside a word.
 */
function TypedAddress({ url }: { url: string }) {
  const parts = url.replace(/^https?:\/\//, '').split(/(?<=[/.])/);
  return (
    <>
      {parts.map((part, index) => (
        <>
          {index > 0 && <wbr />}
          {part}
        </>
      ))}
    </>
  );
}

/** Names typed by admins, isolated so right-to-left text or a stray override stays inside. */
function Name({ chrome, value }: { chrome: PageChrome; value: LocalText }) {
  return (
    <bdi>
      <Inline chrome={chrome} value={value} />
    </bdi>
  );
}

/**
 * A one-page A4 poster for notice boards: the overall state in large type, what does not
 * work and what to do instead, where to get help today, when it was printed, and a QR code to
 * the status page. On screen, the sheet sits below a short note on how to print it.
 */
export function PosterPage(props: PosterProps) {
  const { chrome, overall, printedAt } = props;
  const { t, fmt } = chrome;
  const words = t.poster;
  return (
    <Layout chrome={chrome} title={words.title} stylesheets={[props.stylesheet]}>
      <div class="poster-screen">
        <p>{words.screenIntro}</p>
        <p>
          <a href={props.plainTextHref}>{words.plainTextLink}</a>
        </p>
      </div>
      <article class="poster" aria-labelledby="poster-title">
        <header class="poster-head">
          <h1 id="poster-title">{props.title}</h1>
          {props.organisation && <p class="poster-org">{props.organisation}</p>}
          <p class="poster-times">
            {words.printedAt} <time datetime={fmt.machine(printedAt)}>{fmt.dateTime(printedAt)}</time>
            {' · '}
            {t.lastUpdated}: <time datetime={fmt.machine(chrome.lastUpdated)}>{fmt.dateTime(chrome.lastUpdated)}</time>
          </p>
          {chrome.isExampleData && <p class="poster-example">{words.exampleMarker}</p>}
        </header>
        <div class={`poster-overall i-${overall.indicator}`}>
          <p class="poster-headline">
            <Icon chrome={chrome} name={OVERALL_ICON[overall.indicator]} />
            {t.overallHeadline(overall)}
          </p>
          <p class="poster-detail">{t.overallDetail(overall)}</p>
        </div>

        {props.affected.length > 0 && (
          <section aria-labelledby="poster-affected">
            <h2 id="poster-affected">{words.affectedHeading}</h2>
            <ul class="poster-services">
              {props.affected.map((service) => (
                <li class={`poster-service s-${service.status}`}>
                  <p class="poster-service-name">
                    <Name chrome={chrome} value={service.name} />
                  </p>
                  <p>
                    <StatusBadge chrome={chrome} status={service.status} />
                  </p>
                  {service.workaround && (
                    <p class="poster-instead">
                      <strong>{t.whatToDoInstead}:</strong> <Name chrome={chrome} value={service.workaround} />
                    </p>
                  )}
                  {service.expectedRestorationAt && (
                    <p class="expected">
                      <strong>{t.expectedBack}:</strong>{' '}
                      <time datetime={fmt.machine(service.expectedRestorationAt)}>{fmt.date(service.expectedRestorationAt)}</time>
                    </p>
                  )}
                </li>
              ))}
            </ul>
            {props.moreAffected > 0 && <p class="poster-more">{words.moreAffected(props.moreAffected)}</p>}
          </section>
        )}

        <div class="poster-bottom">
          {props.contacts.length > 0 && (
            <section aria-labelledby="poster-contacts">
              <h2 id="poster-contacts">{words.contactsToday(fmt.date(printedAt))}</h2>
              <ul class="poster-contacts">
                {props.contacts.map((contact) => (
                  <li>
                    <p class="poster-contact-name">
                      <Name chrome={chrome} value={contact.name} />
                    </p>
                    <p class="poster-address">{contact.href ? <a href={contact.href}>{contact.address}</a> : contact.address}</p>
                    <TodayHours chrome={chrome} contact={contact} />
                  </li>
                ))}
              </ul>
              {props.moreContacts > 0 && <p class="poster-more">{words.moreContacts(props.moreContacts)}</p>}
            </section>
          )}
          <footer class="poster-link">
            <p>{words.qrCaption}</p>
            <QrCode class="poster-qr" text={props.statusUrl} label={words.qrLabel} />
            <a class="poster-url" href={props.statusUrl}>
              <TypedAddress url={props.statusUrl} />
            </a>
          </footer>
        </div>
      </article>
    </Layout>
  );
}
