/** Finnish. Review first: `contactsToday` and `screenIntro` (read aloud at a service desk). */
import type { PosterWords } from './poster';

export const posterFi: PosterWords = {
  link: 'Tulosta juliste',
  title: 'Tulostettava juliste',
  screenIntro:
    'Tulosta tämä sivu ja kiinnitä se ilmoitustaululle, vastaanottoon tai näyteikkunaan. Se mahtuu yhdelle A4-arkille. Valitse selaimesta Tulosta (Ctrl+P, Macissa ⌘+P).',
  plainTextLink: 'Samat tiedot pelkkänä tekstinä luettavaksi ääneen tai liitettäväksi tekstiviesteihin ja sosiaaliseen mediaan',
  affectedHeading: 'Nämä eivät toimi normaalisti',
  moreAffected: (count) => `… ja ${count === 1 ? '1 palvelu' : `${count} palvelua`} lisää. Katso tilasivu.`,
  moreContacts: (count) => `… ja ${count} ${count === 1 ? 'yhteystapa' : 'yhteystapaa'} lisää tilasivulla.`,
  contactsToday: (date) => `Tänään ${date} voit ottaa yhteyttä tänne`,
  openToday: (hours) => `Tänään ${hours}`,
  closedToday: 'Suljettu tänään',
  qrLabel: 'QR-koodi, jossa on tilasivun osoite',
  qrCaption: 'Uusimmat tiedot ovat aina tilasivulla:',
  printedAt: 'Tulostettu',
  exampleMarker: 'Esimerkkitietoja – kunta ja tapahtumat ovat keksittyjä.',
  moreAt: (url) => `Lisää osoitteessa ${url}`,
};
