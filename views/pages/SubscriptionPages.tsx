/**
 * The pages of an e-mail subscription: "check your mail", the confirm button (a POST: link
 * scanners that open the link confirm nothing), the manage page (change or end) and the
 * short answers after each step. Pure functions of their props.
 */
import type { SubscriptionWords } from '../../src/i18n/subscriptions';
import type { PageChrome } from '../chrome';
import { Layout } from '../layouts/Layout';
import { SubscribeForm, type SubscribeFormProps } from '../partials/SubscribeForm';

export function SubscriptionMessagePage({
  chrome,
  title,
  paragraphs,
  link,
}: {
  chrome: PageChrome;
  title: string;
  paragraphs: string[];
  link?: { href: string; label: string };
}) {
  return (
    <Layout chrome={chrome} title={title}>
      <h1>{title}</h1>
      {paragraphs.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      {link && (
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      )}
    </Layout>
  );
}

/** A page whose only action is one button posting the token back (confirm, or leave). */
export function SubscriptionButtonPage({
  chrome,
  title,
  text,
  action,
  token,
  button,
}: {
  chrome: PageChrome;
  title: string;
  text: string;
  action: string;
  token: string;
  button: string;
}) {
  return (
    <Layout chrome={chrome} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <form method="post" action={action}>
        <input type="hidden" name="t" value={token} />
        <p>
          <button type="submit">{button}</button>
        </p>
      </form>
    </Layout>
  );
}

export function SubscriptionManagePage({
  chrome,
  words,
  email,
  saved,
  form,
  endAction,
  token,
}: {
  chrome: PageChrome;
  words: SubscriptionWords;
  email: string;
  saved: boolean;
  form: SubscribeFormProps;
  endAction: string;
  token: string;
}) {
  return (
    <Layout chrome={chrome} title={words.manageTitle}>
      <h1>{words.manageTitle}</h1>
      {saved && (
        <p class="saved" role="status">
          <strong>{words.saved}</strong>
        </p>
      )}
      <p>{words.manageIntro(email)}</p>
      <SubscribeForm chrome={chrome} form={form} />
      <h2>{words.endHeading}</h2>
      <p>{words.endText}</p>
      <form method="post" action={endAction}>
        <input type="hidden" name="t" value={token} />
        <input type="hidden" name="from" value="manage" />
        <p>
          <button type="submit">{words.endButton}</button>
        </p>
      </form>
    </Layout>
  );
}
