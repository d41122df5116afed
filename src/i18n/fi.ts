/**
 * Finnish (suomi). Written by the team, not yet by a native speaker. Most in need of review:
 * - the status words (`status`, `phase`, `impact`): short labels that must read well in a badge;
 * - `missingTranslation` and `olderTranslation`: "kielellä ruotsi" avoids inflecting a language
 *   name that Intl gives in the nominative; check that it reads naturally;
 * - the accessibility statement: the Finnish names of Swedish authorities and laws (Digg);
 * - the path words (`paths`): ASCII on purpose ("hairiot" for häiriöt), like the Swedish ones.
 */
import type { Messages } from './messages';
import { machineFi } from './machine.fi';
import { posterFi } from './poster.fi';

function palvelua(n: number): string {
  return n === 1 ? '1 palvelu' : `${n} palvelua`;
}

export const fi: Messages = {
  lang: 'fi',
  intlLocale: 'fi-FI',
  dir: 'ltr',
  languageName: 'Suomi',
  paths: {
    services: 'palvelut',
    incidents: 'hairiot',
    history: 'historia',
    subscribe: 'tilaa',
    accessibility: 'saavutettavuus',
    poster: 'juliste',
    maintenance: 'huoltotyot',
  },

  skipToContent: 'Siirry sisältöön',
  languageSwitchLabel: 'Kieli',
  exampleBanner:
    'Esimerkkitietoja: tämän sivun kunta ja tapahtumat ovat keksittyjä. Ne näyttävät, miten tilasivu toimii.',
  snapshotBanner: {
    shownAsOf: 'Tiedot näytetään sellaisina kuin ne olivat',
    cannotRefresh: 'Emme juuri nyt saa uudempia tietoja.',
  },
  lastUpdated: 'Päivitetty viimeksi',
  mainNavigationLabel: 'Päävalikko',
  overviewLink: 'Palvelujen tila',
  historyLink: 'Historia',
  accessibilityLink: 'Saavutettavuusseloste',
  footerNote: (organisation) =>
    `Organisaation ${organisation} tilasivu toimii erillisellä palvelimella, jotta se toimii silloinkin, kun kunnan omat järjestelmät eivät toimi.`,

  status: {
    operational: 'Toimii',
    degraded: 'Toimii rajoitetusti',
    down: 'Ei toimi',
    investigating: 'Selvitetään',
    rebuilding: 'Rakennetaan uudelleen',
    lost: 'Ei palauteta',
    maintenance: 'Suunniteltu huoltotyö',
  },
  restored: 'Palautettu',
  phase: {
    investigating: 'Selvitämme',
    identified: 'Syy on tiedossa',
    monitoring: 'Seuraamme tilannetta',
    resolved: 'Päättynyt',
  },
  impact: {
    none: 'Ei vaikutusta',
    minor: 'Pieni vaikutus',
    major: 'Suuri vaikutus',
    critical: 'Erittäin suuri vaikutus',
  },

  overallHeadline(state) {
    switch (state.kind) {
      case 'no-services':
        return 'Näytettäviä palveluja ei ole vielä.';
      case 'all-operational':
        return 'Kaikki palvelut toimivat.';
      case 'maintenance':
        return 'Suunniteltu huoltotyö on käynnissä.';
      case 'some-impaired':
        return 'Jotkin palvelut toimivat rajoitetusti.';
      case 'one-not-working':
        return 'Yksi palvelu ei toimi juuri nyt.';
      case 'several-not-working':
        return 'Useat palvelut eivät toimi juuri nyt.';
    }
  },
  overallDetail(state) {
    const parts: string[] = [];
    if (state.notWorking > 0) parts.push(`${state.notWorking}/${state.total} palvelua ei toimi.`);
    if (state.impaired > 0) parts.push(`${palvelua(state.impaired)}: toimii rajoitetusti.`);
    if (state.maintenance > 0) parts.push(`${palvelua(state.maintenance)}: suunniteltu huoltotyö.`);
    if (parts.length === 0 && state.total > 0) parts.push(`Kaikki ${state.total} palvelua toimivat normaalisti.`);
    return parts.join(' ');
  },

  activeIncidents: 'Käynnissä olevat häiriöt',
  noActiveIncidents: 'Häiriöitä ei ole käynnissä.',
  servicesHeading: 'Palvelut',
  noServices: 'Palveluja ei ole lisätty.',
  whatToDoInstead: 'Toimi näin sen sijaan',
  expectedBack: 'Arvioitu toiminta-aika',
  latestUpdate: 'Viimeisin päivitys',
  nextUpdateExpected: 'Seuraava päivitys odotetaan',
  nextUpdateOverdue: 'Seuraava päivitys on myöhässä. Julkaisemme sen niin pian kuin voimme.',
  readMoreAbout: (title) => `Lue lisää: ${title}`,
  incidentPhaseLabel: 'Tilanne',
  startedAt: 'Alkoi',
  resolvedAt: 'Päättyi',
  affectedServices: 'Häiriön koskemat palvelut',
  statusSince: 'alkaen',

  contactHeading: 'Ota yhteyttä kuntaan',
  openNow: 'Avoinna nyt',
  closesAt: (time) => `sulkeutuu klo ${time}`,
  closedNow: 'Suljettu nyt',
  opensAt: (when) => `avautuu ${when}`,
  openAroundTheClock: 'Avoinna ympäri vuorokauden',
  regularHours: 'Aukioloajat',
  otherDaysClosed: 'Muina päivinä suljettu.',
  temporaryHours: 'Poikkeavat aukioloajat',
  closedOn: 'suljettu',
  dateRange: (from, through) => (from === through ? from : `${from}–${through}`),
  dayRange: (first, last) => `${first}–${last}`,

  maintenanceStatus: {
    scheduled: 'Suunniteltu',
    in_progress: 'Käynnissä',
    verifying: 'Tarkistetaan',
    completed: 'Valmis',
    cancelled: 'Peruttu',
  },
  plannedMaintenance: 'Suunniteltu huoltotyö',
  maintenanceWindowLabel: 'Aika',
  maintenanceWhatWillBeDone: 'Mitä tehdään?',
  maintenanceAutomatic: {
    scheduled: 'Olemme suunnitelleet huoltotyön. Sen aikana palvelut voivat olla kokonaan tai osittain poissa käytöstä.',
    rescheduled: 'Huoltotyölle on sovittu uusi aika.',
    in_progress: 'Huoltotyö on alkanut.',
    verifying: 'Työ on valmis. Tarkistamme nyt, että kaikki toimii.',
    completed: 'Huoltotyö on valmis.',
    cancelled: 'Huoltotyö on peruttu.',
  },
  calendarLinkTitle: 'Suunnitellut huoltotyöt (kalenteri)',
  calendarName: (siteTitle) => `Suunnitellut huoltotyöt – ${siteTitle}`,
  calendarDescription: (organisation) => `Organisaation ${organisation} palvelujen suunnitellut huoltotyöt.`,
  calendarCancelled: (title) => `Peruttu: ${title}`,
  calendarMoreInformation: 'Lisätietoja',
  subscribeCalendar: {
    heading: 'Suunniteltujen huoltotöiden kalenteri',
    paragraphs: [
      'Lisää osoite kalenteriisi tilattuna kalenterina (esimerkiksi Outlook, Google-kalenteri tai iPhonen Kalenteri), niin näet, milloin suunnittelemme huoltotöitä. Uudet ajat ja perutut huoltotyöt päivittyvät itsestään.',
    ],
  },

  noticeQuestions: {
    whatHappened: 'Mitä on tapahtunut?',
    affectsMe: 'Koskeeko tämä minua?',
    whatWeAreDoing: 'Mitä me teemme?',
    whatYouShouldDo: 'Mitä sinun pitää tehdä?',
    whoToContact: 'Keneen voin ottaa yhteyttä?',
  },
  updateLog: 'Päivitykset',
  noUpdates: 'Päivityksiä ei ole vielä julkaistu.',
  updateHeading: (publishedAt) => `Päivitys ${publishedAt}`,
  permalink: 'Linkki päivitykseen',
  corrected: (when) => `Korjattu ${when}`,
  correctionReason: 'Korjauksen syy',
  originalText: 'Alkuperäinen teksti',
  statusChange: (service, from, to) => `${service}: ${from} → ${to}`,
  mentioned: 'Koskee myös',
  standaloneUpdate: 'Käyttötiedote',

  serviceStatusHeading: 'Tila juuri nyt',
  aboutService: 'Tietoa palvelusta',
  serviceHistory: 'Muutokset ja päivitykset',
  noServiceHistory: 'Tästä palvelusta ei ole julkaistu muutoksia.',
  relatedIncidents: 'Palveluun vaikuttavat häiriöt',

  historyTitle: 'Historia',
  historyIntro: 'Kaikki julkaistut päivitykset, uusimmat ensin.',
  pageOf: (page, pages) => `Sivu ${page}/${pages}`,
  previousPage: 'Uudemmat päivitykset',
  nextPage: 'Vanhemmat päivitykset',
  paginationLabel: 'Sivut',
  incidentUpdate: (title) => title,

  olderTranslation: (original, updatedOn) =>
    `Käännös on vanhempi kuin teksti kielellä ${original} (päivitetty ${updatedOn}).`,
  missingTranslation: (original) => `Teksti on saatavilla vain kielellä ${original}.`,
  olderTranslationMark: 'vanhempi käännös',

  subscribeLink: 'Tilaa',
  subscribeTitle: 'Tilaa päivitykset',
  subscribeIntro: [
    'Voit saada kaikki tämän sivun uudet päivitykset automaattisesti, ilman että sinun tarvitsee käydä katsomassa. Se toimii syötteellä (jota kutsutaan joskus RSS:ksi): osoitteella, jonka syötteenlukija hakee säännöllisesti.',
    'Syötteissä on jokainen julkaistu päivitys päivämäärineen ja kellonaikoineen, palvelut, joiden tila on muuttunut, ja mahdolliset korjaukset. Vanhemmat päivitykset ovat arkistoissa, jotka syötteenlukijat voivat hakea, joten mitään ei katoa.',
  ],
  subscribeHowTo: {
    heading: 'Näin tilaat',
    steps: [
      'Valitse alta, mitä haluat seurata: kaikkea, yhtä häiriötä tai yhtä palvelua.',
      'Kopioi osoite. Puhelimessa: paina linkkiä pitkään ja valitse ”Kopioi linkki”.',
      'Liitä osoite syötteenlukijaan tai sähköpostiohjelmaan (esimerkiksi Thunderbird tai Outlook) kohtaan ”Lisää syöte” tai ”Tilaa”.',
    ],
  },
  subscribeFormats: {
    heading: 'Mikä muoto minun pitäisi valita?',
    paragraphs: [
      'Valitse RSS, jos et ole varma – lähes kaikki syötteenlukijat ymmärtävät sitä. Atom on yhtä hyvä ja hieman tarkempi päivämäärien ja korjausten suhteen. JSON Feed on tarkoitettu kehittäjille, jotka haluavat lukea päivitykset omissa ohjelmissaan.',
    ],
  },
  subscribeWholeSite: 'Kaikki päivitykset',
  subscribeIncidents: 'Yksi häiriö',
  subscribeServices: 'Yksi palvelu',
  feedFormatName: { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' },
  feedDescription: (organisation) => `Kaikki julkaistut päivitykset palvelujen tilasta – ${organisation}.`,
  pageDescription: (organisation) =>
    `Palvelujen tila – ${organisation}: mitkä palvelut toimivat, käynnissä olevat häiriöt, miten voit toimia sen sijaan ja miten tavoitat meidät.`,
  feedTitleFor: (subject, siteTitle) => `${subject} – ${siteTitle}`,
  feedLinkTitle: (subject, format) => `${subject} (${format})`,

  poster: posterFi,
  machine: machineFi,

  accessibilityTitle: 'Saavutettavuusseloste',
  accessibilityStatement: ({ organisationName, reviewedOn }) => [
    {
      heading: 'Tietoa verkkosivustosta',
      paragraphs: [
        `Tätä tilasivua ylläpitää ${organisationName}. Haluamme, että mahdollisimman moni voi käyttää sitä. Tässä selosteessa kerromme, miten sivu täyttää Ruotsin lain digitaalisten julkisten palvelujen saavutettavuudesta, mitkä puutteet tiedämme ja miten voit ilmoittaa ongelmista meille.`,
      ],
    },
    {
      heading: 'Kuinka saavutettava verkkosivusto on?',
      paragraphs: [
        'Tilasivu täyttää Web Content Accessibility Guidelines (WCAG) 2.1 -ohjeiston AA-tason vaatimukset. Se toimii ilman JavaScriptiä, kapeilla puhelinnäytöillä ja tulostettuna. Tila näytetään aina tekstinä ja symbolina, ei koskaan pelkällä värillä.',
      ],
    },
    {
      heading: 'Mitä voit tehdä, jos et voi käyttää osaa sivustosta?',
      paragraphs: [
        'Jos tarvitset tiedot toisessa muodossa, ota meihin yhteyttä etusivun kohdassa ”Ota yhteyttä kuntaan” mainittujen kanavien kautta.',
      ],
    },
    {
      heading: 'Ilmoita saavutettavuuspuutteista',
      paragraphs: [
        'Pyrimme jatkuvasti parantamaan saavutettavuutta. Jos huomaat ongelman, jota ei ole kuvattu tässä, tai jos olet sitä mieltä, ettemme täytä lain vaatimuksia, ota meihin yhteyttä, jotta saamme tietää ongelmasta.',
      ],
    },
    {
      heading: 'Valvonta',
      paragraphs: [
        'Ruotsin digitaalihallinnon virasto (Digg) valvoo digitaalisten julkisten palvelujen saavutettavuutta koskevaa lakia. Jos et ole tyytyväinen siihen, miten käsittelemme palautettasi, voit ottaa yhteyttä Diggiin.',
      ],
      link: { href: 'https://www.digg.se/tdosanmalan', text: 'Tee ilmoitus Diggille (ruotsiksi)' },
    },
    {
      heading: 'Miten olemme testanneet sivuston',
      paragraphs: [
        'Jokainen versio testataan automaattisesti axe-core-työkalulla WCAG 2.1 AA -tasoa vastaan oikeassa selaimessa, ja sivujen HTML tarkistetaan W3C:n validaattorilla. Olemme myös käyneet sivut läpi näppäimistöllä ja ruudunlukijalla.',
        reviewedOn ? `Seloste on päivitetty viimeksi ${reviewedOn}.` : 'Organisaatio ei ole vielä tarkistanut selostetta.',
      ],
    },
  ],

  notFoundTitle: 'Sivua ei löydy',
  notFoundText: 'Tästä osoitteesta ei löydy sivua. Sivu on ehkä siirretty, tai osoitteessa on kirjoitusvirhe.',
  forbiddenTitle: 'Ei käyttöoikeutta',
  forbiddenText: 'Tililläsi ei ole oikeutta tähän.',
  forbiddenCsrfText: 'Lomaketta ei voitu varmentaa (se ei tullut tilasivulta). Lataa sivu uudelleen ja yritä uudestaan.',
  badRequestTitle: 'Virheellinen osoite',
  badRequestText: 'Osoitteessa on jotain, mitä emme osaa tulkita, esimerkiksi virheellinen sivunumero.',
  serverErrorTitle: 'Jokin meni vikaan',
  serverErrorText: (requestId) =>
    `Sivua ei voida näyttää juuri nyt. Yritä hetken kuluttua uudelleen. Jos virhe toistuu, ilmoita virhekoodi ${requestId}.`,
  badBodyTitle: 'Lomaketta ei voitu lukea',
  badBodyText:
    'Lähetetyt tiedot olivat puutteellisia tai virheellisiä, joten mitään ei tallennettu. Palaa takaisin, lataa sivu uudelleen ja lähetä lomake uudestaan.',
  unavailableTitle: 'Tilapäisesti poissa käytöstä',
  unavailableText: 'Tilasivu ei juuri nyt voinut lukea tietojaan. Yritä uudelleen muutaman sekunnin kuluttua.',
  backToOverview: 'Palvelujen tilaan',
};
