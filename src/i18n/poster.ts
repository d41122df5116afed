/**
 * Words of the printable poster (`/affisch`) and the plain-text summary (`/status.txt`):
 * namespaced under `t.poster`, one file per language beside this one, so a missing string is
 * a type error in that language's catalog.
 */
export interface PosterWords {
  /** The link from the overview. */
  link: string;
  /** The page's title (also the screen heading above the sheet). */
  title: string;
  /** Shown on screen only, above the sheet. */
  screenIntro: string;
  plainTextLink: string;
  /** Heading of the services that do not work as usual (poster and text). */
  affectedHeading: string;
  /** "… and 3 more services": the rest are on the status page. */
  moreAffected: (count: number) => string;
  moreContacts: (count: number) => string;
  /** Heading of the contact channels, with today's date. */
  contactsToday: (date: string) => string;
  /** "Today 08.00–16.00". */
  openToday: (hours: string) => string;
  closedToday: string;
  qrLabel: string;
  /** Beside the QR code, before the address. */
  qrCaption: string;
  printedAt: string;
  /** The short example-data marker printed on the sheet itself. */
  exampleMarker: string;
  /** Last line of the plain text when something was left out. */
  moreAt: (url: string) => string;
}
