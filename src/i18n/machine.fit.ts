/** Meänkieli, drafted from Finnish: every string needs a native speaker's review, the CAP `event` words first. */
import type { MachineWords } from './machine';

export const machineFit: MachineWords = {
  cap: {
    event: { incident: 'Käyttöhäiriö', maintenance: 'Suunniteltu huoltotyö', service: 'Palveluksen tila muuttunu' },
    correctionNote: (reason) => (reason ? `Korjaus: ${reason}` : 'Aikasemman tieotteen korjaus.'),
    serviceInstruction: (service, text) => `${service}: ${text}`,
    indexTitle: (siteTitle) => `CAP-tieotteet – ${siteTitle}`,
    indexSubtitle: (organisation) => `Jokainen julkastu päivitys palveluksitten tilasta (${organisation}) CAP 1.2 -tieotteena.`,
  },
  embed: {
    link: (organisation) => `Palveluksitten tila (${organisation})`,
  },
  subscribe: {
    heading: 'Viranomaisille, toimituksille ja muile nettisivuille',
    intro: 'Samat tiethot oon saatavilla muodoissa joita muut järjestelmät saattavat lukea ja muut sivut näyttää.',
    capHeading: 'Varotustieotteet CAP-muodossa',
    capParagraphs: [
      'Jokainen julkastu päivitys oon kans CAP 1.2 -tieote (Common Alerting Protocol), muoto varotuksille ja tärkeile tieotteile kaikile. Tieotteet oon ruottiksi ja muila kielilä joila met julkasema.',
      'Alla oleva hakemisto oon Atom-syöte, jossa oon linkki jokhaiseen tieotheeseen. Jatkotieotteet ja korjaukset viittaavat saman tapahtuman aikasempiin tieottheisiin, ja ko tapahtuma oon ohi, viimeinen tieote kertoo sen.',
    ],
    capIndexLabel: 'CAP-tieotteitten hakemisto (Atom)',
    badgeHeading: 'Statusmerkki',
    badgeParagraphs: [
      'Pieni kuva (SVG) joka näyttää tilanteen just nyt sanoila, symbolila ja värilä. Se oon koko sivule ja jokhaiselle palveluksele: lisää /badge.svg palveluksen sivun osotteen perhään.',
      'Kirjota kuvale alt-teksti ko sie näytät sen, esimerkiksi näin:',
    ],
    badgeAlt: (organisation) => `Palveluksitten tila (${organisation})`,
    embedHeading: 'Tilanne upotettavaksi toisele nettisivule',
    embedParagraphs: [
      'Tilanne just nyt pienenä ruutuna, ilman JavaScriptiä ja ilman evästheitä. Ruuun linkki avaa koko statussivun. Liitä koodi siihen kohthaan missä ruuun pittää näkyä:',
    ],
    embedTitle: (organisation) => `Palveluksitten tila (${organisation})`,
  },
};
