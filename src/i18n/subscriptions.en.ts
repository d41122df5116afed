import type { SubscriptionWords } from './subscriptions';

export const subscriptionsEn: SubscriptionWords = {
  paths: { confirm: 'confirm', manage: 'manage', unsubscribe: 'unsubscribe' },

  formHeading: 'Get an e-mail when something happens',
  formIntro: 'Enter your e-mail address and we will send you a mail every time we publish an update about what you follow. You confirm first with a link in a mail, and you can stop whenever you like.',
  emailLabel: 'E-mail address',
  emailHint: 'For example name@example.org',
  followLegend: 'What do you want to follow?',
  followEverything: 'All updates',
  followServices: 'Only the services I choose',
  followIncident: (title) => `Only the incident “${title}”`,
  languageLabel: 'Language of the mails',
  submit: 'Subscribe',
  followThisHeading: 'Follow by e-mail',
  followThisService: 'Get e-mail about this service',
  followThisIncident: 'Get e-mail about this incident',
  unavailable: 'E-mail subscriptions are not available on this site at the moment. You can follow the updates with the feeds below.',

  privacyHeading: 'What we keep about you',
  privacy: [
    'We keep only your e-mail address, what you chose to follow, the language of your mails, when you signed up and when you confirmed. We do not keep your name or your IP address, and we use the address for these mails only.',
    'An address that is not confirmed within 48 hours is deleted. If mail to the address cannot be delivered, we stop sending and delete it after 30 days.',
    'Every mail has a link to change or end the subscription. When you end it, the address is deleted at once.',
  ],

  errorSummary: 'The form could not be sent',
  invalidEmail: 'Enter an e-mail address, for example name@example.org.',
  noServicesChosen: 'Choose at least one service, or choose “All updates”.',
  unknownChoice: 'What you wanted to follow no longer exists. Choose something else.',
  tooManyTitle: 'Too many attempts',
  tooMany: 'We have received many sign-ups in a short time. Wait an hour and try again.',

  checkMailTitle: 'Check your e-mail',
  checkMail: [
    'If the address can receive e-mail, a mail with a link is on its way there. Open the link within 48 hours to confirm.',
    'We send nothing else until you have confirmed. No mail? Look in your spam folder.',
  ],

  confirmTitle: 'Confirm your subscription',
  confirmText: 'Press the button to start getting e-mail about updates.',
  confirmButton: 'Confirm the subscription',
  confirmedTitle: 'Done – you are subscribed',
  confirmed: 'You will get a mail the next time we publish an update about what you follow. Every mail has a link to change or end the subscription.',

  linkInvalidTitle: 'The link does not work',
  linkInvalid: 'The link is too old, was already used to unsubscribe, or is incomplete. Sign up again on the subscribe page if you want e-mail.',

  manageTitle: 'Your subscription',
  manageIntro: (email) => `Here you change what ${email} gets e-mail about.`,
  saveButton: 'Save the changes',
  saved: 'The changes are saved.',
  endHeading: 'Stop getting e-mail',
  endText: 'The address is deleted at once and you get no more mail.',
  endButton: 'End the subscription',
  endedTitle: 'The subscription has ended',
  ended: 'We have deleted the address and will send no more mail.',

  unsubscribeTitle: 'End the subscription',
  unsubscribeText: 'Press the button to stop getting e-mail. The address is deleted at once.',

  mail: {
    confirmSubject: (organisation) => `Confirm that you want e-mail from ${organisation}`,
    confirmIntro: (organisation) =>
      `Someone, hopefully you, asked for e-mail about the service status of ${organisation} to be sent to this address.`,
    confirmAction: 'Open the link and press the button to confirm:',
    confirmExpiry: 'The link works for 48 hours.',
    notYou: 'Was it not you? Do nothing: without a confirmation we send nothing more, and the address is deleted after 48 hours.',
    alreadySubject: (organisation) => `Your subscription with ${organisation}`,
    alreadyIntro: (organisation) =>
      `Someone asked for e-mail about the service status of ${organisation} to be sent to this address. You are subscribed already, so nothing has changed.`,
    alreadyAction: 'Do you want to change what you get e-mail about, or stop? Open the link:',
    updateSubject: (subject, organisation) => `${subject} – ${organisation}`,
    statusChanges: 'Status changed',
    instead: 'What to do instead',
    whatYouShouldDo: 'What should you do?',
    readMore: 'Read more and see earlier updates:',
    manage: 'Change what you get e-mail about:',
    unsubscribe: 'End the subscription:',
    why: (organisation) => `You get this mail because you subscribe to the service status of ${organisation}.`,
  },
};
