import type { PosterWords } from './poster';

const services = (count: number) => (count === 1 ? '1 more service' : `${count} more services`);

export const posterEn: PosterWords = {
  link: 'Print a poster',
  title: 'Poster to print',
  screenIntro:
    'Print this page and put it up on a notice board, at a reception desk or in a shop window. It fits on one A4 sheet. Choose Print in your browser (Ctrl+P, on a Mac ⌘+P).',
  plainTextLink: 'The same information as plain text, to read out or paste into text messages and social media',
  affectedHeading: 'Not working as usual',
  moreAffected: (count) => `… and ${services(count)}. See the status page.`,
  moreContacts: (count) => `… and ${count} more ${count === 1 ? 'way' : 'ways'} to reach us on the status page.`,
  contactsToday: (date) => `Where to get help today, ${date}`,
  openToday: (hours) => `Today ${hours}`,
  closedToday: 'Closed today',
  qrLabel: 'QR code with the address of the status page',
  qrCaption: 'The latest information is always on the status page:',
  printedAt: 'Printed',
  exampleMarker: 'Example data – the municipality and the events are made up.',
  moreAt: (url) => `More at ${url}`,
};
