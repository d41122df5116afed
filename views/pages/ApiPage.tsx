import type { ServiceStatus } from '../../src/domain/status';
import type { ApiWords } from '../../src/i18n/api';
import type { PageChrome } from '../chrome';
import { Layout } from '../layouts/Layout';

export interface ApiEndpoint {
  path: string;
  /** Where the address can be opened as it is; null for a template ("{slug}"). */
  href: string | null;
  description: string;
}

export interface ApiPageProps {
  chrome: PageChrome;
  words: ApiWords;
  statuspage: ApiEndpoint[];
  native: ApiEndpoint[];
  openapiHref: string;
  subscribeHref: string;
  /** Names of the default language and of every language `?lang=` accepts. */
  defaultLanguage: string;
  offeredLanguages: string;
  vocabulary: { status: ServiceStatus; statuspage: string }[];
  /** A command a reader can run, and what it answers now. */
  example: { command: string; answer: string };
}

function Endpoints({ endpoints }: { endpoints: ApiEndpoint[] }) {
  return (
    <dl class="api-endpoints">
      {endpoints.map((endpoint) => (
        <>
          <dt>
            <code>{endpoint.href ? <a href={endpoint.href}>{endpoint.path}</a> : endpoint.path}</code>
          </dt>
          <dd>{endpoint.description}</dd>
        </>
      ))}
    </dl>
  );
}

/** The readable description of the JSON APIs, in the reader's language. */
export function ApiPage(props: ApiPageProps) {
  const { chrome, words } = props;
  const { t } = chrome;
  return (
    <Layout chrome={chrome} title={words.title}>
      <h1>{words.title}</h1>
      {words.intro.map((paragraph) => (
        <p>{paragraph}</p>
      ))}

      <section aria-labelledby="api-statuspage">
        <h2 id="api-statuspage">{words.statuspageHeading}</h2>
        <p>{words.statuspageIntro}</p>
        <Endpoints endpoints={props.statuspage} />
      </section>

      <section aria-labelledby="api-native">
        <h2 id="api-native">{words.nativeHeading}</h2>
        <p>{words.nativeIntro}</p>
        <Endpoints endpoints={props.native} />
        <p>{words.slugHint}</p>
      </section>

      <section aria-labelledby="api-openapi">
        <h2 id="api-openapi">{words.openapiHeading}</h2>
        <p>{words.openapiText}</p>
        <p>
          <a href={props.openapiHref}>{words.openapiLink}</a>
        </p>
      </section>

      <section aria-labelledby="api-languages">
        <h2 id="api-languages">{words.languagesHeading}</h2>
        {words.languagesText(props.defaultLanguage, props.offeredLanguages).map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="api-caching">
        <h2 id="api-caching">{words.cachingHeading}</h2>
        {words.cachingText.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="api-vocabulary">
        <h2 id="api-vocabulary">{words.vocabularyHeading}</h2>
        <table class="api-vocabulary">
          <caption>{words.vocabularyIntro}</caption>
          <thead>
            <tr>
              <th scope="col">{words.ourStatus}</th>
              <th scope="col">{words.statuspageStatus}</th>
            </tr>
          </thead>
          <tbody>
            {props.vocabulary.map((row) => (
              <tr>
                <td>{t.status[row.status]}</td>
                <td>
                  <code>{row.statuspage}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="api-example">
        <h2 id="api-example">{words.exampleHeading}</h2>
        <p>{words.exampleIntro}</p>
        <pre class="api-example">
          <code>{props.example.command}</code>
        </pre>
        <p>{words.exampleAnswer}</p>
        <pre class="api-example">
          <code>{props.example.answer}</code>
        </pre>
      </section>

      <p>
        {words.feedsText} <a href={props.subscribeHref}>{words.feedsLink}</a>
      </p>
    </Layout>
  );
}
