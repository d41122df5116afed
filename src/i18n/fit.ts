/**
 * Meänkieli. Drafted by the team from the Finnish catalog, with the Meänkieli forms we are
 * sure of (met/meän, ette, ko, the adessive -la/-lä, ruotti); NOT yet read by a native speaker,
 * and every string needs that review before a municipality relies on it (Meänkielen akatemia or
 * STR-T can be asked). Most in need of it:
 * - the status words (`status`, `phase`, `impact`) and the overall headlines, read first in a crisis;
 * - `missingTranslation` and `olderTranslation` ("kielelä ruotti");
 * - the path words (`paths`, ASCII like all path words) and the language name;
 * - the accessibility statement (the names of Swedish authorities and laws).
 * Dates: the runtime has no Meänkieli locale data; see src/i18n/format.ts and
 * docs/decisions/0041-languages-and-tags.md.
 */
import type { Messages } from './messages';
import { machineFit } from './machine.fit';
import { posterFit } from './poster.fit';

function palvelua(n: number): string {
  return n === 1 ? '1 palvelus' : `${n} palvelusta`;
}

export const fit: Messages = {
  lang: 'fit',
  // Intl has no data for fit (it would answer in en-US): src/i18n/format.ts formats 'fit' with
  // Finnish patterns and Meänkieli names.
  intlLocale: 'fit',
  dir: 'ltr',
  languageName: 'Meänkieli',
  paths: {
    services: 'palvelukset',
    incidents: 'hairiot',
    history: 'historia',
    subscribe: 'tilaa',
    accessibility: 'saavutettavuus',
    poster: 'juliste',
    maintenance: 'huoltotyot',
  },

  skipToContent: 'Mene sisältöön',
  languageSwitchLabel: 'Kieli',
  exampleBanner:
    'Esimerkkitiethoja: tämän sivun kunta ja tapahtumat oon keksittyjä. Net näyttävät, kuinka statussivu toimii.',
  snapshotBanner: {
    shownAsOf: 'Tiethoja näytethään semmosina ko net olit',
    cannotRefresh: 'Met emmä just nyt saa uuempia tiethoja.',
  },
  lastUpdated: 'Viimeksi päivitetty',
  mainNavigationLabel: 'Päävalikko',
  overviewLink: 'Palveluksitten tila',
  historyLink: 'Historia',
  accessibilityLink: 'Saavutettavuusselostus',
  footerNote: (organisation) =>
    `Statussivu (${organisation}) oon omala serverilä, ette se toimii silloinki ko kunnan omat järjestelmät ei toimi.`,

  status: {
    operational: 'Toimii',
    degraded: 'Toimii rajotetusti',
    down: 'Ei toimi',
    investigating: 'Selvitethään',
    rebuilding: 'Rakenethaan uuesti',
    lost: 'Ei palauteta',
    maintenance: 'Suunniteltu huoltotyö',
  },
  restored: 'Palautettu',
  phase: {
    investigating: 'Met selvitämä',
    identified: 'Syy tiethään',
    monitoring: 'Met seuraama tilannetta',
    resolved: 'Loppunu',
  },
  impact: {
    none: 'Ei vaikutusta',
    minor: 'Pieni vaikutus',
    major: 'Suuri vaikutus',
    critical: 'Hyvin suuri vaikutus',
  },

  overallHeadline(state) {
    switch (state.kind) {
      case 'no-services':
        return 'Näytettäviä palveluksia ei vielä ole.';
      case 'all-operational':
        return 'Kaikki palvelukset toimivat.';
      case 'maintenance':
        return 'Suunniteltu huoltotyö oon käynnissä.';
      case 'some-impaired':
        return 'Jotku palvelukset toimivat rajotetusti.';
      case 'one-not-working':
        return 'Yks palvelus ei toimi just nyt.';
      case 'several-not-working':
        return 'Monet palvelukset ei toimi just nyt.';
    }
  },
  overallDetail(state) {
    const parts: string[] = [];
    if (state.notWorking > 0) parts.push(`${state.notWorking}/${state.total} palvelusta ei toimi.`);
    if (state.impaired > 0) parts.push(`${palvelua(state.impaired)}: toimii rajotetusti.`);
    if (state.maintenance > 0) parts.push(`${palvelua(state.maintenance)}: suunniteltu huoltotyö.`);
    if (parts.length === 0 && state.total > 0) parts.push(`Kaikki ${state.total} palvelusta toimivat niinku tavalisesti.`);
    return parts.join(' ');
  },

  activeIncidents: 'Käynnissä olevat häiriöt',
  noActiveIncidents: 'Häiriöitä ei ole käynnissä.',
  servicesHeading: 'Palvelukset',
  noServices: 'Palveluksia ei ole lisätty.',
  whatToDoInstead: 'Tee näin sen sijhaan',
  expectedBack: 'Arvioitu toiminta-aika',
  latestUpdate: 'Viimeinen päivitys',
  nextUpdateExpected: 'Seuraava päivitys tullee',
  nextUpdateOverdue: 'Seuraava päivitys oon myöhässä. Met julkasema sen niin pian ko met kerkiämä.',
  readMoreAbout: (title) => `Lue lisää: ${title}`,
  incidentPhaseLabel: 'Tilanne',
  startedAt: 'Alko',
  resolvedAt: 'Loppu',
  affectedServices: 'Palvelukset joihin häiriö vaikuttaa',
  statusSince: 'alkaen',

  contactHeading: 'Ota yhteyttä kunthaan',
  openNow: 'Aukki nyt',
  closesAt: (time) => `sulkeutuu klo ${time}`,
  closedNow: 'Kiinni nyt',
  opensAt: (when) => `aukeaa ${when}`,
  openAroundTheClock: 'Aukki ympäri vuorokauen',
  regularHours: 'Aukioloajat',
  otherDaysClosed: 'Muina päivinä kiinni.',
  temporaryHours: 'Tilapäiset aukioloajat',
  closedOn: 'kiinni',
  dateRange: (from, through) => (from === through ? from : `${from}–${through}`),
  dayRange: (first, last) => `${first}–${last}`,

  maintenanceStatus: {
    scheduled: 'Suunniteltu',
    in_progress: 'Käynnissä',
    verifying: 'Tarkistethaan',
    completed: 'Valmis',
    cancelled: 'Peruttu',
  },
  plannedMaintenance: 'Suunniteltu huoltotyö',
  maintenanceWindowLabel: 'Aika',
  maintenanceWhatWillBeDone: 'Mitä tehhään?',
  maintenanceAutomatic: {
    scheduled: 'Met olema suunnitelheet huoltotyön. Sen aikana palvelukset saattavat olla kokonhaan tai osittain poissa käytöstä.',
    rescheduled: 'Huoltotyölä oon uusi aika.',
    in_progress: 'Huoltotyö oon alkanu.',
    verifying: 'Työ oon valmis. Met tarkistama nyt ette kaikki toimii.',
    completed: 'Huoltotyö oon valmis.',
    cancelled: 'Huoltotyö oon peruttu.',
  },
  calendarLinkTitle: 'Suunnitellut huoltotyöt (kalenteri)',
  calendarName: (siteTitle) => `Suunnitellut huoltotyöt – ${siteTitle}`,
  calendarDescription: (organisation) => `Palveluksitten suunnitellut huoltotyöt (${organisation}).`,
  calendarCancelled: (title) => `Peruttu: ${title}`,
  calendarMoreInformation: 'Lisää tiethoja',
  subscribeCalendar: {
    heading: 'Suunniteltujen huoltotöitten kalenteri',
    paragraphs: [
      'Lisää osote tilattuna kalenterina omhaan kalenterhiin (esimerkiksi Outlook, Google-kalenteri eli iPhonen Kalenteri), niin sie näet ko met suunnitelema huoltotöitä. Uuet ajat ja perutut huoltotyöt päivittyvät itestään.',
    ],
  },

  noticeQuestions: {
    whatHappened: 'Mitä oon tapahtunu?',
    affectsMe: 'Koskeeko tämä minua?',
    whatWeAreDoing: 'Mitä met teemä?',
    whatYouShouldDo: 'Mitä sinun pittää tehä?',
    whoToContact: 'Kehen mie saatan ottaa yhteyttä?',
  },
  updateLog: 'Päivitykset',
  noUpdates: 'Päivityksiä ei ole vielä julkastu.',
  updateHeading: (publishedAt) => `Päivitys ${publishedAt}`,
  permalink: 'Linkki päivityksheen',
  corrected: (when) => `Korjattu ${when}`,
  correctionReason: 'Miksi korjattu',
  originalText: 'Alkuperäinen teksti',
  statusChange: (service, from, to) => `${service}: ${from} → ${to}`,
  mentioned: 'Koskee kans',
  standaloneUpdate: 'Käyttötiethoja',

  serviceStatusHeading: 'Tila just nyt',
  aboutService: 'Palveluksesta',
  serviceHistory: 'Muutokset ja päivitykset',
  noServiceHistory: 'Tästä palveluksesta ei ole julkastu muutoksia.',
  relatedIncidents: 'Häiriöt jotka koskevat palvelusta',

  historyTitle: 'Historia',
  historyIntro: 'Kaikki julkastut päivitykset, uusimmat ensin.',
  pageOf: (page, pages) => `Sivu ${page}/${pages}`,
  previousPage: 'Uuemmat päivitykset',
  nextPage: 'Vanhemmat päivitykset',
  paginationLabel: 'Sivut',
  incidentUpdate: (title) => title,

  olderTranslation: (original, updatedOn) =>
    `Käännös oon vanhempi ko teksti kielelä ${original} (päivitetty ${updatedOn}).`,
  missingTranslation: (original) => `Teksti oon saatavilla vain kielelä ${original}.`,
  olderTranslationMark: 'vanhempi käännös',

  subscribeLink: 'Tilaa',
  subscribeTitle: 'Tilaa päivitykset',
  subscribeIntro: [
    'Sie saatat saaja kaikki tämän sivun uuet päivitykset automaattisesti, niin ettei sinun tartte tulla kattomhaan. Se toimii syötteelä (jota kuttuthaan joskus RSS:ksi): osottheela, jonka syötteenlukija hakkee aina välilä.',
    'Syötteissä oon jokainen julkastu päivitys päivämäärän ja kellonajan kans, palvelukset joitten tila oon muuttunu, ja korjaukset. Vanhemmat päivitykset oon arkistoissa, joita syötteenlukijat saattavat hakea, niin ettei mithään katoa.',
  ],
  subscribeHowTo: {
    heading: 'Näin sie tilaat',
    steps: [
      'Valitse alta mitä sie halvaat seurata: kaikkea, yhtä häiriötä eli yhtä palvelusta.',
      'Kopioi osote. Puhelimessa: paina linkkiä pitkhään ja valitse ”Kopioi linkki”.',
      'Liitä osote syötteenlukijhaan eli sähköpostiohjelmhaan (esimerkiksi Thunderbird eli Outlook) siihen kohthaan missä lukkee ”Lisää syöte” eli ”Tilaa”.',
    ],
  },
  subscribeFormats: {
    heading: 'Minkä muodon mie valitten?',
    paragraphs: [
      'Valitse RSS jos sie et ole varma – melkein kaikki syötteenlukijat ymmärtävät sitä. Atom oon yhtä hyvä ja vähän tarkempi päivämääristä ja korjauksista. JSON Feed oon kehittäjile, jokka halvaavat lukea päivitykset omissa ohjelmissa.',
    ],
  },
  subscribeWholeSite: 'Kaikki päivitykset',
  subscribeIncidents: 'Yks häiriö',
  subscribeServices: 'Yks palvelus',
  feedFormatName: { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' },
  feedDescription: (organisation) => `Kaikki julkastut päivitykset palveluksitten tilasta (${organisation}).`,
  pageDescription: (organisation) =>
    `Palveluksitten tila (${organisation}): mitkä palvelukset toimivat, käynnissä olevat häiriöt, mitä sie saatat tehä sen sijhaan ja kuinka sie tavotat meät.`,
  feedTitleFor: (subject, siteTitle) => `${subject} – ${siteTitle}`,
  feedLinkTitle: (subject, format) => `${subject} (${format})`,

  poster: posterFit,
  machine: machineFit,

  accessibilityTitle: 'Saavutettavuusselostus',
  accessibilityStatement: ({ organisationName, reviewedOn }) => [
    {
      heading: 'Tästä nettisivusta',
      paragraphs: [
        `Tätä statussivua pitää ylhää ${organisationName}. Met halvaama ette niin moni ko mahollista saattaa käyttää sitä. Tässä met kerromma kuinka sivu täyttää Ruottin lain digitaalisten julkisten palveluksitten saavutettavuuesta, mitkä puuttheet met tiämmä ja kuinka sie saatat ilmottaa ongelmista meile.`,
      ],
    },
    {
      heading: 'Kuinka saavutettava nettisivu oon?',
      paragraphs: [
        'Statussivu täyttää Web Content Accessibility Guidelines (WCAG) 2.1 -ohjeitten AA-tason vaatimukset. Se toimii ilman JavaScriptiä, kapeila puhelinnäytöilä ja tulostettuna. Tila näytethään aina tekstinä ja symbolina, ei koskaan pelkälä värilä.',
      ],
    },
    {
      heading: 'Mitä sie saatat tehä jos sie et saata käyttää osaa sivusta?',
      paragraphs: [
        'Jos sie tarvittet tiethoja toisessa muodossa, ota yhteyttä meihin etusivun kohan ”Ota yhteyttä kunthaan” kanavitten kautta.',
      ],
    },
    {
      heading: 'Ilmota puuttheista',
      paragraphs: [
        'Met yritämä aina parantaa saavutettavuutta. Jos sie löyät ongelman jota ei ole kuvattu tässä, eli jos sie olet sitä mieltä ette met emmä täytä lain vaatimuksia, ota yhteyttä meihin, niin met saama tiettää ongelmasta.',
      ],
    },
    {
      heading: 'Valvonta',
      paragraphs: [
        'Ruottin digitaalihallinnon virasto (Digg) valvoo lakia digitaalisten julkisten palveluksitten saavutettavuuesta. Jos sie et ole tyytyväinen siihen kuinka met käsittelemä sinun palauttheen, sie saatat ottaa yhteyttä Diggiin.',
      ],
      link: { href: 'https://www.digg.se/tdosanmalan', text: 'Ilmota Diggile (ruottiksi)' },
    },
    {
      heading: 'Kuinka met olema testanheet sivun',
      paragraphs: [
        'Jokainen versio testathaan automaattisesti axe-core-työkalula WCAG 2.1 AA -tasoa vasthaan oikeassa selaimessa, ja sivujen HTML tarkistethaan W3C:n validaattorila. Met olema kans käynheet sivut läpi näppäimistölä ja ruuunlukijala.',
        reviewedOn ? `Selostus oon viimeksi päivitetty ${reviewedOn}.` : 'Organisaatio ei ole vielä tarkistanu selostusta.',
      ],
    },
  ],

  notFoundTitle: 'Sivua ei löyy',
  notFoundText: 'Tästä osotheesta ei löyy sivua. Sivu oon ehkä siirretty, eli osotheessa oon kirjotusvirhe.',
  forbiddenTitle: 'Ei käyttöoikeutta',
  forbiddenText: 'Sinun tililä ei ole oikeutta tähän.',
  forbiddenCsrfText: 'Lomaketta ei saatu varmennettua (se ei tullu statussivulta). Lataa sivu uuesti ja yritä uuesti.',
  badRequestTitle: 'Väärä osote',
  badRequestText: 'Osotheessa oon jotaki mitä met emmä ymmärrä, esimerkiksi väärä sivunumero.',
  serverErrorTitle: 'Jotaki meni väärin',
  serverErrorText: (requestId) =>
    `Sivua ei saata näyttää just nyt. Yritä uuesti vähän ajan päästä. Jos virhe jatkuu, kerro virhekoodi ${requestId}.`,
  badBodyTitle: 'Lomaketta ei saatu luettua',
  badBodyText:
    'Lähetetyt tiethot olit vajavaiset eli väärin rakenetut, niin mithään ei ole tallennettu. Mene takasin, lataa sivu uuesti ja lähetä uuesti.',
  unavailableTitle: 'Tilapäisesti poissa käytöstä',
  unavailableText: 'Statussivu ei just nyt saanu luettua tiethoja. Yritä uuesti muutaman sekunnin päästä.',
  backToOverview: 'Palveluksitten tilhaan',
};
