/** Finnish. Review first: the CAP `event` words (the same for every message of their kind). */
import type { MachineWords } from './machine';

export const machineFi: MachineWords = {
  cap: {
    event: { incident: 'Käyttöhäiriö', maintenance: 'Suunniteltu huoltotyö', service: 'Palvelun tila muuttunut' },
    correctionNote: (reason) => (reason ? `Korjaus: ${reason}` : 'Aiemman tiedotteen korjaus.'),
    serviceInstruction: (service, text) => `${service}: ${text}`,
    indexTitle: (siteTitle) => `CAP-tiedotteet – ${siteTitle}`,
    indexSubtitle: (organisation) =>
      `Jokainen julkaistu päivitys palvelujen tilasta (${organisation}) CAP 1.2 -tiedotteena.`,
  },
  embed: {
    link: (organisation) => `Palvelujen tila – ${organisation}`,
  },
  subscribe: {
    heading: 'Viranomaisille, toimituksille ja muille verkkosivustoille',
    intro: 'Samat tiedot ovat saatavilla muodoissa, joita muut järjestelmät voivat lukea ja muut sivustot näyttää.',
    capHeading: 'Varoitustiedotteet CAP-muodossa',
    capParagraphs: [
      'Jokainen julkaistu päivitys on myös CAP 1.2 -tiedote (Common Alerting Protocol), joka on varoitusten ja tärkeiden yleisötiedotteiden muoto. Tiedotteet ovat ruotsiksi ja muilla kielillä, joilla julkaisemme.',
      'Alla oleva hakemisto on Atom-syöte, jossa on linkki jokaiseen tiedotteeseen. Jatkotiedotteet ja korjaukset viittaavat saman tapahtuman aiempiin tiedotteisiin, ja kun tapahtuma on ohi, viimeinen tiedote kertoo sen.',
    ],
    capIndexLabel: 'CAP-tiedotteiden hakemisto (Atom)',
    badgeHeading: 'Tilamerkki',
    badgeParagraphs: [
      'Pieni kuva (SVG), joka näyttää tämänhetkisen tilanteen sanoin, symbolilla ja värillä. Se on saatavilla koko sivulle ja jokaiselle palvelulle: lisää /badge.svg palvelun sivun osoitteen perään.',
      'Kirjoita kuvalle vaihtoehtoinen teksti, kun näytät sen, esimerkiksi näin:',
    ],
    badgeAlt: (organisation) => `Palvelujen tila – ${organisation}`,
    embedHeading: 'Tilanne upotettavaksi toiselle sivustolle',
    embedParagraphs: [
      'Tämänhetkinen tilanne pienenä ruutuna, ilman JavaScriptiä ja ilman evästeitä. Ruudun linkki avaa koko tilasivun. Liitä koodi kohtaan, jossa ruudun pitää näkyä:',
    ],
    embedTitle: (organisation) => `Palvelujen tila – ${organisation}`,
  },
};
