/** Meänkieli, drafted from Finnish: every string needs a native speaker's review, `affectedHeading` and `contactsToday` first. */
import type { PosterWords } from './poster';

export const posterFit: PosterWords = {
  link: 'Tulosta juliste',
  title: 'Juliste tulostettavaksi',
  screenIntro:
    'Tulosta tämä sivu ja pane se ilmotustaululle, vastaanottoon eli näyttöikkunhaan. Se mahtuu yhele A4-arkile. Valitse Tulosta selaimessa (Ctrl+P, Macissa ⌘+P).',
  plainTextLink: 'Samat tiethot pelkkänä tekstinä, luettavaksi ääneen eli liitettäväksi tekstiviesthiin ja sosiaalisheen mediaan',
  affectedHeading: 'Tämä ei toimi niinku tavalisesti',
  moreAffected: (count) => `… ja ${count === 1 ? '1 palvelus' : `${count} palvelusta`} lisää. Kato statussivu.`,
  moreContacts: (count) => `… ja ${count} ${count === 1 ? 'yhteystapa' : 'yhteystapaa'} lisää statussivula.`,
  contactsToday: (date) => `Tänäpänä ${date} sie saatat ottaa yhteyttä tänne`,
  openToday: (hours) => `Tänäpänä ${hours}`,
  closedToday: 'Kiinni tänäpänä',
  qrLabel: 'QR-koodi jossa oon statussivun osote',
  qrCaption: 'Uusimmat tiethot oon aina statussivula:',
  printedAt: 'Tulostettu',
  exampleMarker: 'Esimerkkitiethoja – kunta ja tapahtumat oon keksittyjä.',
  moreAt: (url) => `Lisää osottheessa ${url}`,
};
