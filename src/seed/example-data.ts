/**
 * Built-in example: a fictional municipality, "Exempelviks kommun", about four weeks into a
 * ransomware attack on its IT supplier. All times are relative to the day the example is
 * loaded. The organisation, people, phone numbers and addresses are invented; e-mail and web
 * addresses use the reserved `.example` top-level domain.
 */
import type { ExampleData } from './example-types';

export const PHONE = '0123-45 67 00';
export const SOCIAL_ON_CALL = '0123-45 67 90';
export const WATER_ON_CALL = '0123-45 67 80';
export const TEMP_EMAIL = 'direkt@exempelvik-info.example';
const ALT_WEB = 'https://exempelvik-info.example';

export const exampleData: ExampleData = {
  settings: {
    publicUrl: 'http://localhost:3000',
    texts: {
      sv: {
        organisationName: 'Exempelviks kommun',
        siteTitle: 'Driftstatus – Exempelviks kommun',
        notice: `Efter ett IT-angrepp mot kommunens IT-leverantör fungerar inte alla e-tjänster, och kommunens e-post är ur funktion. Behöver du hjälp – ring Exempelvik Direkt på ${PHONE}. Brådskande ärenden kan du lämna på pappersblankett i kommunhusets reception.`,
      },
      en: {
        organisationName: 'Exempelvik Municipality',
        siteTitle: 'Service status – Exempelvik Municipality',
        notice: `Following a cyber attack on our IT supplier, some e-services are not working and the municipality's e-mail is down. If you need help, call Exempelvik Direkt on ${PHONE}. Urgent matters can be handed in on a paper form at the town hall reception.`,
      },
    },
  },

  groups: [
    { slug: 'e-tjanster', names: { sv: 'E-tjänster och webb', en: 'E-services and website' } },
    { slug: 'telefoni-och-e-post', names: { sv: 'Telefoni och e-post', en: 'Telephone and e-mail' } },
    { slug: 'vatten-och-avfall', names: { sv: 'Vatten och avfall', en: 'Water and waste' } },
    { slug: 'vard-och-omsorg', names: { sv: 'Vård och omsorg', en: 'Care and social services' } },
    {
      slug: 'skola-och-fritid',
      names: { sv: 'Skola, kultur och fritid', en: 'Schools, culture and leisure' },
    },
    { slug: 'personal-och-ekonomi', names: { sv: 'Personal och ekonomi', en: 'Staff and finance' } },
  ],

  services: [
    // ── E-tjänster och webb ───────────────────────────────────────────────────────────────
    {
      slug: 'webbplats',
      group: 'e-tjanster',
      englishOlderByHours: 30,
      texts: {
        sv: {
          name: 'Kommunens webbplats',
          description:
            'Exempelviks kommuns webbplats med information om kommunens verksamheter, taxor och blanketter.',
          workaround: `Den senaste informationen om störningen finns på den här sidan och på vår tillfälliga webbplats. En blankett som saknas kan du hämta i kommunhusets reception, eller ringa Exempelvik Direkt på ${PHONE} och få den hemskickad.`,
          restorationNote:
            'Det mesta av webbplatsen är tillbaka. Sidorna om bygglov, taxor och avgifter saknas fortfarande och läggs upp efter hand.',
        },
        en: {
          name: "The municipality's website",
          description:
            "Exempelvik Municipality's website, with information about our services, fees and forms.",
          workaround: `The latest information about the disruption is on this page and on our temporary website. If you need a form that is missing, pick one up at the town hall reception, or call Exempelvik Direkt on ${PHONE} and we will post it to you.`,
          restorationNote: 'Most of the website is back, but some pages are still missing.',
        },
      },
    },
    {
      slug: 'mina-sidor',
      group: 'e-tjanster',
      texts: {
        sv: {
          name: 'Mina sidor',
          description:
            'Inloggning med e-legitimation till kommunens e-tjänster, där du också ser dina pågående ärenden.',
          workaround: `Kan du inte logga in? Ring Exempelvik Direkt på ${PHONE}. Brådskande ärenden kan du lämna på pappersblankett i kommunhusets reception.`,
          restorationNote:
            'Abonnemang och fakturor för vatten och avfall syns ännu inte på Mina sidor.',
        },
        en: {
          name: 'Mina sidor (My pages)',
          description:
            "Log-in with e-ID to the municipality's e-services, where you can also follow your open cases.",
          workaround: `Can't log in? Call Exempelvik Direkt on ${PHONE}. Urgent matters can be handed in on a paper form at the town hall reception.`,
          restorationNote:
            'Water and waste subscriptions and invoices are not yet shown on Mina sidor.',
        },
      },
    },
    {
      slug: 'bygglov',
      group: 'e-tjanster',
      texts: {
        sv: {
          name: 'Ansökan om bygglov',
          description:
            'E-tjänst för att söka bygglov, marklov eller rivningslov och lämna in ritningar.',
          workaround:
            'Använd gärna e-tjänsten, men skicka också ritningarna på papper till Exempelviks kommun, Samhällsbyggnad, Stortorget 1, 123 45 Exempelvik – eller lämna dem i kommunhusets reception. Blanketten finns i receptionen och på vår tillfälliga webbplats.',
          restorationNote:
            'Vi utreder tillsammans med leverantören om bifogade filer kommer fram till handläggarna.',
        },
        en: {
          name: 'Building permit applications',
          description:
            'E-service for applying for a building, site or demolition permit and submitting drawings.',
          workaround:
            'You can use the e-service, but please also send your drawings on paper to Exempelviks kommun, Samhällsbyggnad, Stortorget 1, 123 45 Exempelvik – or hand them in at the town hall reception. The form is available at the reception and on our temporary website.',
          restorationNote:
            'Together with the supplier, we are checking whether attached files reach our case officers.',
        },
      },
    },
    {
      slug: 'ekonomiskt-bistand',
      group: 'e-tjanster',
      texts: {
        sv: {
          name: 'Ansökan om ekonomiskt bistånd',
          description: 'E-tjänst för att söka ekonomiskt bistånd (försörjningsstöd) varje månad.',
          workaround: `Du kan också söka på pappersblankett, som finns i kommunhusets reception. Saknar du pengar till mat eller hyra och det är bråttom, ring Exempelvik Direkt på ${PHONE} och be att få prata med socialtjänsten. Kvällar, nätter och helger når du socialjouren på ${SOCIAL_ON_CALL}.`,
          restorationNote: '',
        },
        en: {
          name: 'Applying for financial assistance',
          description:
            'E-service for the monthly application for financial assistance (ekonomiskt bistånd).',
          workaround: `You can also apply on a paper form, available at the town hall reception. If you urgently need money for food or rent, call Exempelvik Direkt on ${PHONE} and ask for social services. In the evening, at night and at weekends, call the social services emergency line on ${SOCIAL_ON_CALL}.`,
          restorationNote: '',
        },
      },
    },

    // ── Telefoni och e-post ──────────────────────────────────────────────────────────────
    {
      slug: 'vaxel',
      group: 'telefoni-och-e-post',
      texts: {
        sv: {
          name: 'Växel och telefoni',
          description: 'Kommunens telefonväxel och medarbetarnas direktnummer.',
          workaround: `Kommer du inte fram till den du söker? Ring Exempelvik Direkt på ${PHONE}, så hjälper vi dig vidare.`,
          restorationNote: '',
        },
        en: {
          name: 'Switchboard and telephones',
          description: "The municipality's switchboard and its employees' direct numbers.",
          workaround: `Can't reach the person you are looking for? Call Exempelvik Direkt on ${PHONE} and we will put you through.`,
          restorationNote: '',
        },
      },
    },
    {
      slug: 'e-post',
      group: 'telefoni-och-e-post',
      expectedRestoration: { daysAgo: -10, time: '08:00' },
      texts: {
        sv: {
          name: 'Kommunens e-post',
          description: 'E-post till och från kommunens medarbetare och kommunens funktionsadresser.',
          workaround: `Skicka e-post till vår tillfälliga adress ${TEMP_EMAIL} eller ring Exempelvik Direkt på ${PHONE}. Har du mejlat kommunen efter IT-angreppet har meddelandet troligen inte kommit fram – skicka det igen till den tillfälliga adressen.`,
          restorationNote:
            'En ny e-postmiljö byggs upp. Meddelanden från tiden före angreppet går troligen inte att få tillbaka.',
        },
        en: {
          name: 'Municipal e-mail',
          description: "E-mail to and from the municipality's staff and shared mailboxes.",
          workaround: `Send your e-mail to our temporary address ${TEMP_EMAIL} or call Exempelvik Direkt on ${PHONE}. If you e-mailed us after the attack, your message has probably not arrived – please send it again to the temporary address.`,
          restorationNote:
            'A new e-mail system is being built. Messages from before the attack will probably not be recovered.',
        },
      },
    },

    // ── Vatten och avfall ────────────────────────────────────────────────────────────────
    {
      slug: 'vatten-och-avfallsfakturor',
      group: 'vatten-och-avfall',
      expectedRestoration: { daysAgo: -40, time: '08:00' },
      texts: {
        sv: {
          name: 'Abonnemang och fakturor för vatten och avfall',
          description:
            'Visar ditt abonnemang och dina fakturor för vatten och avfall på Mina sidor; här ändrar du också abonnemang och tömningsintervall.',
          workaround: `Ring Exempelvik Direkt på ${PHONE} om du ska flytta, vill ändra ditt abonnemang eller har frågor om en faktura. Vi antecknar ändringen och lägger in den när systemet är på plats igen.`,
          restorationNote:
            'Systemet byggs upp på nytt och det tar flera veckor till. Inga fakturor skickas ut under tiden, och du får ingen påminnelseavgift för fakturor som blir sena på grund av angreppet.',
        },
        en: {
          name: 'Water and waste subscriptions and invoices',
          description:
            'Shows your water and waste subscription and invoices on Mina sidor, where you can also change your subscription and collection interval.',
          workaround: `Call Exempelvik Direkt on ${PHONE} if you are moving, want to change your subscription or have a question about an invoice. We will note the change and enter it once the system is back.`,
          restorationNote:
            'The system is being rebuilt, which will take several more weeks. No invoices are sent in the meantime, and you will not be charged a reminder fee for invoices delayed by the attack.',
        },
      },
    },
    {
      slug: 'sophamtning',
      group: 'vatten-och-avfall',
      texts: {
        sv: {
          name: 'Sophämtning',
          description:
            'Tömning av kärl för matavfall och restavfall vid villor, fritidshus och flerbostadshus.',
          workaround: '',
          restorationNote: '',
        },
        en: {
          name: 'Waste collection',
          description:
            'Emptying of food waste and residual waste bins at houses, holiday homes and blocks of flats.',
          workaround: '',
          restorationNote: '',
        },
      },
    },
    {
      slug: 'felanmalan-vatten',
      group: 'vatten-och-avfall',
      texts: {
        sv: {
          name: 'Felanmälan vatten och avlopp',
          description:
            'Anmälan av vattenläckor, stopp i avloppet och lågt vattentryck, dygnet runt.',
          workaround: `Ring VA-jouren på det tillfälliga numret ${WATER_ON_CALL}, dygnet runt. Webbformuläret för felanmälan fungerar inte än.`,
          restorationNote:
            'Webbformuläret kommer tillbaka när systemet för vatten och avfall är återuppbyggt.',
        },
        en: {
          name: 'Reporting water and sewage faults',
          description: 'Reporting water leaks, blocked drains and low water pressure, day and night.',
          workaround: `Call the water and sewage emergency line on the temporary number ${WATER_ON_CALL}, day and night. The online fault report form is not working yet.`,
          restorationNote:
            'The online form will return once the water and waste system has been rebuilt.',
        },
      },
    },

    // ── Vård och omsorg ──────────────────────────────────────────────────────────────────
    {
      slug: 'hemtjanstens-planering',
      group: 'vard-och-omsorg',
      texts: {
        sv: {
          name: 'Hemtjänstens planering',
          description:
            'Systemet som hemtjänsten använder för att planera besök och se vilka insatser varje person ska ha.',
          workaround: `Hemtjänsten planerar besöken på papper och alla besök blir av, men tiden kan skilja sig något från vanligt. Har du frågor om ditt besök, ring Exempelvik Direkt på ${PHONE} så kopplar vi dig till din hemtjänstgrupp.`,
          restorationNote:
            'Vi vet ännu inte när systemet kan användas igen. Leverantören försöker återställa det från säkerhetskopior.',
        },
        en: {
          name: 'Home care scheduling',
          description:
            'The system home care staff use to plan visits and see what help each person should receive.',
          workaround: `Home care visits are planned on paper and all visits go ahead, though the time may differ a little from usual. If you have questions about your visit, call Exempelvik Direkt on ${PHONE} and we will put you through to your home care team.`,
          restorationNote:
            "We don't know yet when the system can be used again. The supplier is trying to restore it from backups.",
        },
      },
    },
    {
      slug: 'hemsjukvardens-journaler',
      group: 'vard-och-omsorg',
      englishOlderByHours: 26,
      texts: {
        sv: {
          name: 'Journaler i hemsjukvården',
          description:
            'Journalsystemet där sjuksköterskor och annan personal i hemsjukvården dokumenterar vård och läkemedel.',
          workaround: `Personalen kan läsa journalerna, men skriver nya anteckningar på papper som förs in i efterhand. Läkemedel ges enligt utskrivna listor och vården fortsätter som vanligt. Frågor: ring Exempelvik Direkt på ${PHONE} och be att få prata med hemsjukvården.`,
          restorationNote:
            'Det går att läsa i journalerna igen, men inte att skriva nya anteckningar. Vi vet ännu inte när det blir möjligt.',
        },
        en: {
          name: 'Home healthcare records',
          description:
            'The records system where nurses and other home healthcare staff document care and medication.',
          workaround: `Staff write notes on paper, to be entered into the system later. Medication is given according to printed lists and care continues as usual. Questions: call Exempelvik Direkt on ${PHONE} and ask for home healthcare.`,
          restorationNote: "We don't know yet when the records system will be fully back.",
        },
      },
    },
    {
      slug: 'trygghetslarm',
      group: 'vard-och-omsorg',
      texts: {
        sv: {
          name: 'Trygghetslarm',
          description:
            'Larm som äldre och personer med funktionsnedsättning har hemma för att kunna kalla på hjälp dygnet runt.',
          workaround: '',
          restorationNote: '',
        },
        en: {
          name: 'Personal safety alarms',
          description:
            'Alarms that older people and people with disabilities have at home to call for help day and night.',
          workaround: '',
          restorationNote: '',
        },
      },
    },

    // ── Skola, kultur och fritid ─────────────────────────────────────────────────────────
    {
      slug: 'forskoleplats',
      group: 'skola-och-fritid',
      texts: {
        sv: {
          name: 'Ansökan om förskoleplats',
          description: 'E-tjänst för att ställa ditt barn i kö till förskola och pedagogisk omsorg.',
          workaround:
            'Fyll i en pappersblankett i kommunhusets reception eller skriv ut den från vår tillfälliga webbplats. Ansökan registreras med det datum du lämnade den, så ditt barn förlorar ingen kötid.',
          restorationNote: '',
        },
        en: {
          name: 'Preschool place applications',
          description:
            'E-service for putting your child in the queue for preschool or other childcare.',
          workaround:
            'Fill in a paper form at the town hall reception or print one from our temporary website. Your application is dated the day you handed it in, so your child loses no time in the queue.',
          restorationNote: '',
        },
      },
    },
    {
      slug: 'larplattform',
      group: 'skola-och-fritid',
      texts: {
        sv: {
          name: 'Skolans lärplattform',
          description:
            'Plattformen där elever och vårdnadshavare ser scheman, uppgifter, frånvaro och meddelanden från skolan.',
          workaround: `Skolorna skickar viktig information hem med eleverna på papper. Frånvaro anmäler du genom att ringa skolans expedition – numret får du av Exempelvik Direkt, ${PHONE}.`,
          restorationNote: '',
        },
        en: {
          name: "Schools' learning platform",
          description:
            'The platform where pupils and parents see timetables, assignments, absence and messages from school.',
          workaround: `Schools send important information home with pupils on paper. To report absence, call the school office – Exempelvik Direkt on ${PHONE} can give you the number.`,
          restorationNote: '',
        },
      },
    },
    {
      slug: 'lokalbokning',
      group: 'skola-och-fritid',
      texts: {
        sv: {
          name: 'Bokning av lokaler',
          description:
            'Bokning av idrottshallar, samlingslokaler och skolans lokaler för föreningar och privatpersoner.',
          workaround: `Ring Exempelvik Direkt på ${PHONE} för att boka en lokal eller fråga om en bokning du redan har. Vi bokar för hand tills det nya systemet är på plats. Föreningar behåller sina fasta tider.`,
          restorationNote:
            'Det gamla bokningssystemet kommer inte att återställas. Kommunen inför ett nytt system, och vi berättar här när det går att boka på webben igen.',
        },
        en: {
          name: 'Booking municipal premises',
          description:
            'Booking sports halls, meeting rooms and school premises, for clubs, associations and private individuals.',
          workaround: `Call Exempelvik Direkt on ${PHONE} to book premises or to ask about an existing booking. We take bookings by hand until the new system is in place. Clubs keep their regular times.`,
          restorationNote:
            "The old booking system will not be restored. The municipality is introducing a new one, and we will announce here when online booking is available again.",
        },
      },
    },
    {
      slug: 'bibliotek',
      group: 'skola-och-fritid',
      expectedRestoration: { daysAgo: -1, time: '10:00' },
      texts: {
        sv: {
          name: 'Bibliotekets lån och reservationer',
          description:
            'Bibliotekskatalogen, där du söker, reserverar och lånar om böcker och andra medier.',
          workaround:
            'Låna och lämna tillbaka på biblioteket som vanligt. Det går inte att reservera eller låna om på webben just nu, men lånetiden förlängs automatiskt så att du inte får någon förseningsavgift.',
          restorationNote:
            'Bibliotekssystemet flyttas till en ny och säkrare driftmiljö. Flytten beräknas ta knappt två dygn.',
        },
        en: {
          name: 'Library loans and reservations',
          description:
            'The library catalogue, where you search for, reserve and renew books and other media.',
          workaround:
            "Borrow and return items at the library as usual. You can't reserve or renew online at the moment, but loan periods are extended automatically so you won't be charged a late fee.",
          restorationNote:
            'The library system is being moved to a new, more secure hosting environment. The move is expected to take just under two days.',
        },
      },
    },

    // ── Personal och ekonomi ─────────────────────────────────────────────────────────────
    {
      slug: 'lon',
      group: 'personal-och-ekonomi',
      texts: {
        sv: {
          name: 'Lön och lönebesked',
          description:
            'Systemet för löneutbetalning, lönebesked och tidrapportering för kommunens medarbetare.',
          workaround: `Frågor om din lön: ring lönekontoret via Exempelvik Direkt, ${PHONE}. Lönebeskedet skickas hem på papper.`,
          restorationNote: '',
        },
        en: {
          name: 'Payroll and payslips',
          description:
            "The system for salary payments, payslips and time reporting for the municipality's staff.",
          workaround: `Questions about your pay: call the payroll office through Exempelvik Direkt, ${PHONE}. Payslips are sent by post.`,
          restorationNote: '',
        },
      },
    },
    {
      slug: 'leverantorsfakturor',
      group: 'personal-och-ekonomi',
      texts: {
        sv: {
          name: 'Betalning till leverantörer',
          description:
            'Hantering och betalning av fakturor från företag och föreningar som säljer varor och tjänster till kommunen.',
          workaround: `Har du skickat en faktura till kommunen som inte har betalats? Mejla en kopia till ${TEMP_EMAIL} och skriv ”Faktura” i ämnesraden.`,
          restorationNote: '',
        },
        en: {
          name: 'Payments to suppliers',
          description:
            'Handling and payment of invoices from businesses and associations that sell goods and services to the municipality.',
          workaround: `Sent us an invoice that has not been paid? E-mail a copy to ${TEMP_EMAIL} with "Invoice" in the subject line.`,
          restorationNote: '',
        },
      },
    },
  ],

  channels: [
    {
      slug: 'exempelvik-direkt-telefon',
      kind: 'phone',
      address: PHONE,
      openingHoursMode: 'scheduled',
      texts: {
        sv: {
          name: 'Exempelvik Direkt – telefon',
          note: 'Kommunens kontaktcenter svarar på frågor, skickar blanketter och kopplar dig vidare. Under IT-störningen kan väntetiden bli lång, särskilt på måndagar och förmiddagar – ring gärna efter kl. 13.00.',
        },
        en: {
          name: 'Exempelvik Direkt – phone',
          note: "The municipality's contact centre answers questions, sends out forms and puts you through. During the IT disruption waiting times can be long, especially on Mondays and in the mornings – try calling after 13:00.",
        },
      },
      weekly: [
        { days: [1, 3, 4], opens: '08:00', closes: '16:00' },
        { days: [2], opens: '08:00', closes: '18:00' },
        { days: [5], opens: '08:00', closes: '15:30' },
      ],
      overrides: [
        // Crisis hours during the first two weeks, every day including weekends.
        { fromDaysAgo: 26, throughDaysAgo: 13, opens: '07:00', closes: '20:00' },
        // Staff training day: closed.
        { fromDaysAgo: -9, throughDaysAgo: -9 },
      ],
    },
    {
      slug: 'kommunhuset-reception',
      kind: 'visit',
      address: 'Stortorget 1, Exempelvik',
      openingHoursMode: 'scheduled',
      texts: {
        sv: {
          name: 'Besök kommunhusets reception',
          note: 'Här får du hjälp av Exempelvik Direkt och kan hämta och lämna pappersblanketter, bland annat för bygglov, ekonomiskt bistånd och förskoleplats. Stängt för lunch kl. 12.00–13.00.',
        },
        en: {
          name: 'Visit the town hall reception',
          note: 'Exempelvik Direkt staff can help you here, and you can pick up and hand in paper forms, for example for building permits, financial assistance and preschool places. Closed for lunch 12:00–13:00.',
        },
      },
      weekly: [
        { days: [1, 3, 4], opens: '08:00', closes: '12:00' },
        { days: [1, 3, 4], opens: '13:00', closes: '16:00' },
        { days: [2], opens: '08:00', closes: '12:00' },
        { days: [2], opens: '13:00', closes: '18:00' },
        { days: [5], opens: '08:00', closes: '12:00' },
        { days: [5], opens: '13:00', closes: '15:30' },
      ],
      overrides: [{ fromDaysAgo: -9, throughDaysAgo: -9 }],
    },
    {
      slug: 'socialjouren',
      kind: 'phone',
      address: SOCIAL_ON_CALL,
      openingHoursMode: 'scheduled',
      texts: {
        sv: {
          name: 'Socialjouren',
          note: 'För akuta sociala ärenden när kommunens kontor är stängda, till exempel om ett barn far illa eller om någon behöver akut hjälp med boende eller pengar till mat. Socialjouren drivs tillsammans med grannkommunerna och påverkas inte av IT-angreppet. Vid fara för liv – ring 112.',
        },
        en: {
          name: 'Social services emergency line',
          note: "For urgent social matters when the municipality's offices are closed, for example if a child is at risk or someone urgently needs somewhere to stay or money for food. The line is run together with neighbouring municipalities and is not affected by the attack. If life is in danger, call 112.",
        },
      },
      weekly: [
        { days: [1, 2, 3, 4, 5], opens: '16:30', closes: '08:00' },
        { days: [6, 7], opens: '00:00', closes: '24:00' },
        // Sunday night runs on until Monday morning.
        { days: [1], opens: '00:00', closes: '08:00' },
      ],
      overrides: [],
    },
    {
      slug: 'tillfallig-e-post',
      kind: 'email',
      address: TEMP_EMAIL,
      openingHoursMode: 'none',
      texts: {
        sv: {
          name: 'Tillfällig e-postadress till Exempelvik Direkt',
          note: 'Kommunens vanliga e-postadresser fungerar inte. Mejla hit i stället – vi svarar inom två arbetsdagar. Skicka inga känsliga uppgifter, som personnummer eller uppgifter om hälsa, med e-post.',
        },
        en: {
          name: 'Temporary e-mail address for Exempelvik Direkt',
          note: "The municipality's usual e-mail addresses are not working. Write to this address instead – we reply within two working days. Please don't send sensitive information, such as personal identity numbers or health details, by e-mail.",
        },
      },
      weekly: [],
      overrides: [],
    },
    {
      slug: 'tillfallig-webbplats',
      kind: 'web',
      address: ALT_WEB,
      openingHoursMode: 'none',
      texts: {
        sv: {
          name: 'Tillfällig webbplats och Facebook',
          note: 'Vår tillfälliga webbplats har öppettider, blanketter att skriva ut och svar på vanliga frågor. Vi publicerar också nyheter på kommunens Facebooksida.',
        },
        en: {
          name: 'Temporary website and Facebook',
          note: "Our temporary website has opening hours, printable forms and answers to common questions. We also post news on the municipality's Facebook page.",
        },
      },
      weekly: [],
      overrides: [],
    },
  ],

  incidents: [
    {
      slug: 'it-angrepp',
      impact: 'critical',
      startedAt: { daysAgo: 27, time: '03:10' },
      nextUpdateDue: { daysAgo: -2, time: '11:00' },
      texts: {
        sv: {
          title: 'IT-angrepp mot kommunens IT-leverantör',
          whatHappened:
            'Kommunens IT-leverantör utsattes under natten för ett så kallat ransomware-angrepp, där angriparna krypterar och låser data för att kräva en lösensumma. Många av de system som kommunen använder slogs ut, bland annat webbplatsen, Mina sidor, e-posten och flera system inom vård och omsorg. Andra kommuner och myndigheter med samma leverantör är också drabbade.',
          affectsMe:
            'Flera e-tjänster fungerar inte, och det kan ta längre tid än vanligt att få svar från kommunen. Skolor, förskolor, hemtjänst och äldreboenden är öppna och arbetar med papper och penna. Dricksvatten, avlopp, sophämtning och trygghetslarm påverkas inte. Vi har hittills inga tecken på att personuppgifter har spridits, men vi har anmält händelsen till Integritetsskyddsmyndigheten (IMY).',
          whatWeAreDoing:
            'Kommunens krisledning är aktiverad och arbetar tillsammans med IT-leverantören för att återställa allt som går. System som inte går att återställa byggs upp på nytt – det tar veckor, och för några system månader. Alla verksamheter följer sina reservrutiner så att det viktigaste, liv, hälsa och trygghet, fungerar hela tiden.',
          whatYouShouldDo:
            'Vänta gärna med ärenden som inte är bråttom tills e-tjänsterna fungerar igen. Är ditt ärende brådskande kan du använda en pappersblankett, som finns i kommunhusets reception och på vår tillfälliga webbplats. Var vaksam på bedrägeriförsök: kommunen ber dig aldrig att logga in med bank-id eller lämna kortuppgifter via sms, e-post eller telefon.',
          whoToContact: `Ring Exempelvik Direkt på ${PHONE} eller besök receptionen i kommunhuset, Stortorget 1. Du kan också mejla den tillfälliga adressen ${TEMP_EMAIL}. Vid akuta sociala ärenden när kommunen har stängt: ring socialjouren på ${SOCIAL_ON_CALL}. Vid fara för liv: ring 112.`,
        },
        en: {
          title: "Cyber attack on the municipality's IT supplier",
          whatHappened:
            "During the night, the municipality's IT supplier was hit by a ransomware attack, in which attackers encrypt and lock data to demand a ransom. Many of the systems the municipality relies on were knocked out, including the website, Mina sidor, e-mail and several care systems. Other municipalities and authorities that use the same supplier have also been affected.",
          affectsMe:
            "Several e-services are not working, and it may take longer than usual to get an answer from us. Schools, preschools, home care and care homes are open and are working with pen and paper. Drinking water, sewage, waste collection and personal safety alarms are not affected. So far we have seen no sign that personal data has been leaked, but we have reported the incident to the Swedish Authority for Privacy Protection (IMY).",
          whatWeAreDoing:
            "The municipality's crisis management team is working with the IT supplier to restore everything that can be restored. Systems that cannot be restored are being rebuilt from scratch – this takes weeks, and for some systems months. Every department is following its contingency plans so that what matters most – life, health and safety – keeps working.",
          whatYouShouldDo:
            'If your matter is not urgent, please wait until the e-services are working again. If it is urgent, you can use a paper form, available at the town hall reception and on our temporary website. Watch out for scams: the municipality will never ask you to log in with BankID or give card details by text message, e-mail or phone.',
          whoToContact: `Call Exempelvik Direkt on ${PHONE} or visit the town hall reception, Stortorget 1. You can also e-mail our temporary address ${TEMP_EMAIL}. For urgent social matters when our offices are closed, call the social services emergency line on ${SOCIAL_ON_CALL}. If life is in danger, call 112.`,
        },
      },
      services: [
        'webbplats',
        'mina-sidor',
        'bygglov',
        'ekonomiskt-bistand',
        'e-post',
        'vatten-och-avfallsfakturor',
        'felanmalan-vatten',
        'hemtjanstens-planering',
        'hemsjukvardens-journaler',
        'forskoleplats',
        'larplattform',
        'lokalbokning',
        'bibliotek',
        'lon',
        'leverantorsfakturor',
      ],
    },
    {
      slug: 'telefoni',
      impact: 'major',
      startedAt: { daysAgo: 27, time: '06:30' },
      resolvedAt: { daysAgo: 20, time: '14:00' },
      texts: {
        sv: {
          title: 'Störning i kommunens telefoni',
          whatHappened:
            'IT-angreppet mot kommunens IT-leverantör slog också ut kommunens IP-telefoni. Det gick inte att nå växeln, Exempelvik Direkt eller medarbetarnas direktnummer.',
          affectsMe:
            'Under det första dygnet gick det inte att ringa till kommunen. Därefter nådde du Exempelvik Direkt på det vanliga numret, men inte enskilda medarbetare. Nu fungerar telefonin som vanligt igen.',
          whatWeAreDoing:
            'Samtalen till Exempelvik Direkt kopplades om till mobiltelefoner och personalen fick lånemobiler medan telefonin byggdes upp igen. Telefonin är nu helt återställd.',
          whatYouShouldDo: `Du behöver inte göra något. Om du inte kommer fram till den du söker, ring Exempelvik Direkt på ${PHONE}.`,
          whoToContact: `Exempelvik Direkt, ${PHONE}.`,
        },
        en: {
          title: 'Telephone outage',
          whatHappened:
            "The cyber attack on the municipality's IT supplier also took down the municipality's IP telephony. The switchboard, Exempelvik Direkt and employees' direct numbers could not be reached.",
          affectsMe:
            'For the first day it was not possible to phone the municipality at all. After that you could reach Exempelvik Direkt on the usual number, but not individual members of staff. Telephones are now working normally again.',
          whatWeAreDoing:
            'Calls to Exempelvik Direkt were diverted to mobile phones and staff were given loan phones while the telephone system was rebuilt. It is now fully restored.',
          whatYouShouldDo: `Nothing. If you can't reach the person you are looking for, call Exempelvik Direkt on ${PHONE}.`,
          whoToContact: `Exempelvik Direkt, ${PHONE}.`,
        },
      },
      services: ['vaxel'],
    },
  ],

  maintenances: [
    {
      slug: 'bibliotekssystemet-flyttas',
      impact: 'minor',
      // Announced with the situation report of u20, started on time, under way "today".
      announcedAt: { daysAgo: 2, time: '11:05' },
      startsAt: { daysAgo: 1, time: '18:00' },
      endsAt: { daysAgo: -1, time: '16:00' },
      texts: {
        sv: {
          title: 'Bibliotekssystemet flyttas',
          whatHappened:
            'Efter IT-angreppet flyttar vi bibliotekssystemet till en ny och säkrare driftmiljö hos en annan leverantör.',
          affectsMe:
            'Under flytten kan du inte söka i katalogen, reservera eller låna om på webben. Biblioteken har öppet som vanligt.',
          whatWeAreDoing:
            'Flytten beräknas ta knappt två dygn. Vi meddelar här när allt fungerar igen.',
          whatYouShouldDo:
            'Låna och lämna tillbaka på biblioteket som vanligt. Lån som går ut under flytten förlängs automatiskt, så du får ingen förseningsavgift.',
          whoToContact: `Personalen på biblioteket, eller Exempelvik Direkt på ${PHONE}.`,
        },
        en: {
          title: 'Moving the library system',
          whatHappened:
            'Following the cyber attack, we are moving the library system to a new, more secure hosting environment with a different supplier.',
          affectsMe:
            "While the move is under way you can't search the catalogue, reserve or renew online. The libraries are open as usual.",
          whatWeAreDoing:
            'The move is expected to take just under two days. We will post here when everything is working again.',
          whatYouShouldDo:
            "Borrow and return items at the library as usual. Loans that expire during the move are extended automatically, so you won't be charged a late fee.",
          whoToContact: `Library staff, or Exempelvik Direkt on ${PHONE}.`,
        },
      },
      services: ['bibliotek'],
    },
    {
      slug: 'sakerhetsuppdatering-mina-sidor',
      impact: 'minor',
      // Still ahead: announced yesterday for an evening next week.
      announcedAt: { daysAgo: 1, time: '12:00' },
      startsAt: { daysAgo: -6, time: '18:00' },
      endsAt: { daysAgo: -6, time: '21:00' },
      texts: {
        sv: {
          title: 'Säkerhetsuppdatering av Mina sidor',
          whatHappened:
            'Vi installerar säkerhetsuppdateringar i Mina sidor och i e-tjänsterna som du loggar in till där. Det är en del av arbetet med att göra kommunens system säkrare efter IT-angreppet.',
          affectsMe:
            'Under kvällen kan du inte logga in på Mina sidor eller skicka ansökningar om ekonomiskt bistånd och förskoleplats. Ansökningar som du redan har skickat påverkas inte.',
          whatWeAreDoing: 'Arbetet görs på kvällstid, när få använder tjänsterna. Vi meddelar här när allt fungerar igen.',
          whatYouShouldDo:
            'Skicka din ansökan före eller efter underhållet. Om det är bråttom kan du lämna en pappersblankett i receptionen i kommunhuset.',
          whoToContact: `Exempelvik Direkt, ${PHONE}.`,
        },
        en: {
          title: 'Security update of Mina sidor',
          whatHappened:
            'We are installing security updates in Mina sidor and in the e-services you log in to there. It is part of the work to make the municipality\'s systems more secure after the cyber attack.',
          affectsMe:
            'During the evening you cannot log in to Mina sidor or send applications for financial assistance or preschool places. Applications you have already sent are not affected.',
          whatWeAreDoing: 'The work is done in the evening, when few people use the services. We will post here when everything is working again.',
          whatYouShouldDo:
            'Send your application before or after the maintenance. If it is urgent, you can hand in a paper form at the reception of the town hall.',
          whoToContact: `Exempelvik Direkt, ${PHONE}.`,
        },
      },
      services: ['mina-sidor', 'ekonomiskt-bistand', 'forskoleplats'],
    },
  ],

  updates: [
    {
      key: 'u01-storning',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 27, time: '06:40' },
      phase: 'investigating',
      texts: {
        sv: 'Sedan i natt fungerar inte flera av kommunens IT-system. Webbplatsen, Mina sidor och e-posten ligger nere, och vi undersöker vilka fler system som är drabbade. Skolor, förskolor och omsorg har öppet som vanligt. Nästa uppdatering kommer senast kl. 11.00.',
        en: "Since last night several of the municipality's IT systems have not been working. The website, Mina sidor and e-mail are down, and we are finding out which other systems are affected. Schools, preschools and care services are open as usual. We will post the next update by 11:00.",
      },
      changes: [
        { service: 'webbplats', to: 'down' },
        { service: 'mina-sidor', to: 'down' },
        { service: 'e-post', to: 'down' },
        { service: 'bygglov', to: 'investigating' },
        { service: 'ekonomiskt-bistand', to: 'investigating' },
        { service: 'forskoleplats', to: 'investigating' },
        { service: 'vatten-och-avfallsfakturor', to: 'investigating' },
        { service: 'felanmalan-vatten', to: 'investigating' },
        { service: 'hemtjanstens-planering', to: 'investigating' },
        { service: 'hemsjukvardens-journaler', to: 'investigating' },
        { service: 'larplattform', to: 'investigating' },
        { service: 'lokalbokning', to: 'investigating' },
        { service: 'bibliotek', to: 'investigating' },
        { service: 'lon', to: 'investigating' },
        { service: 'leverantorsfakturor', to: 'investigating' },
      ],
    },
    {
      key: 'u02-telefoni-nere',
      incident: 'telefoni',
      publishedAt: { daysAgo: 27, time: '07:15' },
      phase: 'investigating',
      texts: {
        sv: `Just nu går det inte att ringa till kommunen – varken till växeln, Exempelvik Direkt eller medarbetarnas direktnummer. Kommunhusets reception på Stortorget 1 öppnar som vanligt kl. 08.00. Socialjouren nås som vanligt på ${SOCIAL_ON_CALL}, och vid fara för liv ringer du alltid 112.`,
        en: `At the moment it is not possible to phone the municipality – neither the switchboard, Exempelvik Direkt nor employees' direct numbers. The town hall reception at Stortorget 1 opens as usual at 08:00. The social services emergency line can be reached as usual on ${SOCIAL_ON_CALL}, and if life is in danger, always call 112.`,
      },
      changes: [{ service: 'vaxel', to: 'down' }],
    },
    {
      key: 'u03-bekraftat',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 27, time: '11:00' },
      phase: 'identified',
      texts: {
        sv: 'Vår IT-leverantör bekräftar att den har drabbats av ett ransomware-angrepp i natt. Många av kommunens system är krypterade och går inte att använda, bland annat e-tjänsterna, hemtjänstens planering, lönesystemet och fakturorna för vatten och avfall. Trygghetslarmen och sophämtningen fungerar som vanligt. Brådskande ärenden kan du lämna på pappersblankett i kommunhusets reception.',
        en: "Our IT supplier has confirmed that it was hit by a ransomware attack last night. Many of the municipality's systems are encrypted and cannot be used, including the e-services, home care scheduling, payroll and water and waste invoices. Personal safety alarms and waste collection are working as usual. Urgent matters can be handed in on a paper form at the town hall reception.",
      },
      changes: [
        { service: 'bygglov', to: 'down' },
        { service: 'ekonomiskt-bistand', to: 'down' },
        { service: 'forskoleplats', to: 'down' },
        { service: 'vatten-och-avfallsfakturor', to: 'down' },
        { service: 'felanmalan-vatten', to: 'down' },
        { service: 'hemtjanstens-planering', to: 'down' },
        { service: 'hemsjukvardens-journaler', to: 'down' },
        { service: 'larplattform', to: 'down' },
        { service: 'lokalbokning', to: 'down' },
        { service: 'bibliotek', to: 'down' },
        { service: 'lon', to: 'down' },
        { service: 'leverantorsfakturor', to: 'down' },
      ],
      mentions: ['trygghetslarm', 'sophamtning'],
    },
    {
      key: 'u04-reservrutiner',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 27, time: '16:00' },
      phase: 'identified',
      texts: {
        sv: `Kommunens krisledning har samlats och alla verksamheter arbetar nu efter sina reservrutiner. Hemtjänsten har gjort nya besökslistor på papper och alla planerade besök blir av. Behöver du ekonomiskt bistånd akut i kväll eller i natt, ring socialjouren på ${SOCIAL_ON_CALL}. Nästa uppdatering kommer i morgon förmiddag.`,
        en: `The municipality's crisis management team has met, and every department is now following its contingency procedures. Home care has drawn up new visit lists on paper and all planned visits will go ahead. If you urgently need financial assistance this evening or tonight, call the social services emergency line on ${SOCIAL_ON_CALL}. The next update will be tomorrow morning.`,
      },
      changes: [],
      mentions: ['hemtjanstens-planering', 'ekonomiskt-bistand'],
    },
    {
      key: 'u05-exempelvik-direkt-nas',
      incident: 'telefoni',
      publishedAt: { daysAgo: 26, time: '08:00' },
      phase: 'identified',
      texts: {
        sv: `Nu kan du ringa Exempelvik Direkt på det vanliga numret ${PHONE} igen. Samtalen kopplas tillfälligt till mobiltelefoner, och så länge krisen pågår svarar vi kl. 07.00–20.00 alla dagar, även helger. Växeln och medarbetarnas direktnummer fungerar fortfarande inte.`,
        en: `You can now call Exempelvik Direkt on the usual number ${PHONE} again. Calls are temporarily diverted to mobile phones, and while the crisis lasts we answer from 07:00 to 20:00 every day, including weekends. The switchboard and employees' direct numbers are still not working.`,
      },
      changes: [{ service: 'vaxel', to: 'degraded' }],
    },
    {
      key: 'u06-va-jour',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 26, time: '15:30' },
      phase: 'identified',
      texts: {
        sv: 'Vattenläckor, stopp i avloppet och andra fel på vatten och avlopp kan du nu anmäla dygnet runt på det tillfälliga numret 0123-45 67 08. Webbformuläret för felanmälan fungerar inte. Dricksvattnet påverkas inte av IT-angreppet och går att dricka som vanligt.',
        en: 'You can now report water leaks, blocked drains and other water and sewage faults day and night on the temporary number 0123-45 67 08. The online fault report form is not working. Drinking water is not affected by the attack and is safe to drink as usual.',
      },
      changes: [{ service: 'felanmalan-vatten', to: 'degraded' }],
    },
    {
      key: 'u07-lagesbild',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 24, time: '10:00' },
      phase: 'identified',
      texts: {
        sv: 'Angreppet har drabbat ett stort antal kommuner, regioner och företag som använder samma IT-leverantör. Vi har hittills inte sett några tecken på att personuppgifter har spridits, men vi har anmält händelsen till Integritetsskyddsmyndigheten. Kommunens medarbetare får sin lön på ordinarie dag – fungerar inte lönesystemet i tid betalar vi ut samma belopp som förra månaden och rättar i efterhand.',
        en: "The attack has hit a large number of municipalities, regions and companies that use the same IT supplier. So far we have seen no sign that personal data has been leaked, but we have reported the incident to the Swedish Authority for Privacy Protection. Municipal staff will be paid on the usual day – if the payroll system isn't back in time, we will pay the same amount as last month and adjust it afterwards.",
      },
      changes: [],
      mentions: ['lon'],
    },
    {
      key: 'u08-larplattform-delvis',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 22, time: '13:00' },
      phase: 'identified',
      texts: {
        sv: 'Lärplattformen fungerar delvis igen. Elever och vårdnadshavare kan logga in och se scheman och meddelanden, men inlämningar och frånvaroanmälan fungerar inte än. Skolorna fortsätter att skicka viktig information hem på papper.',
        en: "The learning platform is partly working again. Pupils and parents can log in and see timetables and messages, but handing in assignments and reporting absence don't work yet. Schools will keep sending important information home on paper.",
      },
      changes: [{ service: 'larplattform', to: 'degraded' }],
    },
    {
      key: 'u09-telefoni-tillbaka',
      incident: 'telefoni',
      publishedAt: { daysAgo: 21, time: '15:00' },
      phase: 'monitoring',
      texts: {
        sv: 'Växeln och medarbetarnas direktnummer fungerar igen. Vi följer telefonin noga de närmaste dagarna innan vi avslutar störningen. Exempelvik Direkt har fortsatt förlängda öppettider, kl. 07.00–20.00.',
        en: "The switchboard and employees' direct numbers are working again. We will keep a close eye on the phones over the next few days before closing this incident. Exempelvik Direkt keeps its extended opening hours, 07:00–20:00.",
      },
      changes: [{ service: 'vaxel', to: 'operational' }],
    },
    {
      key: 'u10-telefoni-avslutad',
      incident: 'telefoni',
      publishedAt: { daysAgo: 20, time: '14:00' },
      phase: 'resolved',
      texts: {
        sv: `Telefonin har fungerat utan problem sedan i går, och vi avslutar därför den här störningen. Kommer du ändå inte fram till den du söker, ring Exempelvik Direkt på ${PHONE}.`,
        en: `The phones have worked without problems since yesterday, so we are closing this incident. If you still can't reach the person you are looking for, call Exempelvik Direkt on ${PHONE}.`,
      },
      changes: [],
    },
    {
      key: 'u11-ateruppbyggnad',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 18, time: '11:00' },
      phase: 'identified',
      texts: {
        sv: `Nu står det klart att några system inte går att återställa från säkerhetskopior utan måste byggas upp på nytt. Det gäller bland annat kommunens e-post och systemet för abonnemang och fakturor för vatten och avfall. Inga fakturor för vatten och avfall skickas ut förrän systemet är klart, och du får ingen påminnelseavgift för fakturor som blir sena. Mejla oss under tiden på ${TEMP_EMAIL}.`,
        en: `It is now clear that some systems cannot be restored from backups and will have to be rebuilt from scratch. These include the municipality's e-mail and the system for water and waste subscriptions and invoices. No water and waste invoices will be sent until the system is ready, and you won't be charged a reminder fee for invoices that arrive late. In the meantime, e-mail us at ${TEMP_EMAIL}.`,
      },
      changes: [
        { service: 'e-post', to: 'rebuilding' },
        { service: 'vatten-och-avfallsfakturor', to: 'rebuilding' },
      ],
    },
    {
      key: 'u12-lon-aterstalld',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 16, time: '09:30' },
      phase: 'identified',
      texts: {
        sv: 'Lönesystemet är återställt och lönen betalas ut som vanligt på ordinarie utbetalningsdag. Den här månaden skickas lönebeskeden hem på papper. Betalningar till kommunens leverantörer görs nu för hand och kan bli några dagar försenade.',
        en: 'The payroll system has been restored and salaries will be paid as usual on the normal payday. This month, payslips will be sent by post. Payments to our suppliers are now being made manually and may be a few days late.',
      },
      changes: [
        { service: 'lon', to: 'operational' },
        { service: 'leverantorsfakturor', to: 'degraded' },
      ],
    },
    {
      key: 'u13-bibliotek-tillbaka',
      publishedAt: { daysAgo: 15, time: '08:00' },
      texts: {
        sv: 'Bibliotekets system fungerar igen. Du kan låna, lämna tillbaka och reservera som vanligt, och lån som gick ut under störningen har förlängts automatiskt.',
        en: 'The library system is working again. You can borrow, return and reserve as usual, and loans that expired during the disruption have been extended automatically.',
      },
      changes: [{ service: 'bibliotek', to: 'operational' }],
    },
    {
      key: 'u14-journaler-las',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 12, time: '11:00' },
      phase: 'identified',
      texts: {
        sv: 'Hemsjukvårdens personal kan nu läsa i journalerna igen. Nya anteckningar skrivs fortfarande på papper och förs in i systemet senare. Hemtjänstens planeringssystem går ännu inte att använda, så besöken planeras även i fortsättningen på papper.',
        en: "Home healthcare staff can now read patient records again. New notes are still written on paper and will be entered into the system later. Home care's scheduling system still can't be used, so visits will continue to be planned on paper.",
      },
      changes: [{ service: 'hemsjukvardens-journaler', to: 'degraded' }],
      mentions: ['hemtjanstens-planering'],
    },
    {
      key: 'u15-lokalbokning-ersatts',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 10, time: '11:00' },
      phase: 'identified',
      texts: {
        sv: `Systemet för bokning av idrottshallar och samlingslokaler kommer inte att återställas. Kommunen kommer i stället att införa ett nytt bokningssystem. Fram till dess bokar du en lokal genom att ringa Exempelvik Direkt på ${PHONE}. Föreningar behåller sina fasta tider.`,
        en: `The system for booking sports halls and meeting rooms will not be restored. Instead, the municipality will introduce a new booking system. Until then, book premises by calling Exempelvik Direkt on ${PHONE}. Clubs keep their regular times.`,
      },
      changes: [{ service: 'lokalbokning', to: 'lost' }],
    },
    {
      key: 'u16-webbplats-tillbaka',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 9, time: '16:00' },
      phase: 'identified',
      texts: {
        sv: 'Kommunens webbplats är tillbaka, men en del sidor och blanketter saknas fortfarande och läggs upp efter hand. E-tjänsterna och Mina sidor fungerar ännu inte. Den senaste informationen om störningen hittar du även i fortsättningen här på statussidan.',
        en: "The municipality's website is back, but some pages and forms are still missing and will be added over time. The e-services and Mina sidor are not working yet. This status page remains the place for the latest information about the disruption.",
      },
      changes: [{ service: 'webbplats', to: 'degraded' }],
      mentions: ['mina-sidor'],
    },
    {
      key: 'u17-larplattform-tillbaka',
      publishedAt: { daysAgo: 8, time: '10:00' },
      texts: {
        sv: 'Lärplattformen fungerar fullt ut igen, även inlämningar och frånvaroanmälan.',
        en: 'The learning platform is fully working again, including handing in assignments and reporting absence.',
      },
      changes: [{ service: 'larplattform', to: 'operational' }],
    },
    {
      key: 'u18-leverantorer-betalda',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 6, time: '11:00' },
      phase: 'identified',
      texts: {
        sv: `Betalningar till kommunens leverantörer fungerar som vanligt igen, och alla fakturor som blev försenade under störningen är nu betalda. Saknar du fortfarande en betalning, mejla en kopia av fakturan till ${TEMP_EMAIL}.`,
        en: `Payments to our suppliers are back to normal, and all invoices delayed by the disruption have now been paid. If you are still missing a payment, e-mail a copy of the invoice to ${TEMP_EMAIL}.`,
      },
      changes: [{ service: 'leverantorsfakturor', to: 'operational' }],
    },
    {
      key: 'u19-mina-sidor-tillbaka',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 5, time: '08:30' },
      phase: 'identified',
      texts: {
        sv: 'Nu kan du logga in på Mina sidor igen och använda de flesta e-tjänsterna, bland annat ansökan om ekonomiskt bistånd och förskoleplats. E-tjänsten för bygglov går att använda, men vi undersöker om bifogade ritningar kommer fram – skicka därför gärna ritningarna på papper också. Abonnemang och fakturor för vatten och avfall syns ännu inte på Mina sidor.',
        en: "You can now log in to Mina sidor again and use most e-services, including applications for financial assistance and preschool places. The building permit e-service can be used, but we are checking whether attached drawings get through – so please send your drawings on paper as well. Water and waste subscriptions and invoices are not yet shown on Mina sidor.",
      },
      changes: [
        { service: 'mina-sidor', to: 'operational' },
        { service: 'ekonomiskt-bistand', to: 'operational' },
        { service: 'forskoleplats', to: 'operational' },
        { service: 'bygglov', to: 'investigating' },
      ],
      mentions: ['vatten-och-avfallsfakturor'],
    },
    {
      key: 'u20-lagesbild',
      incident: 'it-angrepp',
      publishedAt: { daysAgo: 2, time: '11:00' },
      phase: 'identified',
      texts: {
        sv: 'Återuppbyggnaden av e-posten och av systemet för vatten och avfall fortsätter enligt plan. Hemtjänsten planerar fortfarande sina besök på papper, och alla besök blir av. I morgon kl. 18.00 börjar vi flytta bibliotekssystemet till en ny driftmiljö – under flytten går det inte att reservera eller låna om på webben.',
        en: 'Rebuilding of the e-mail system and of the water and waste system is going according to plan. Home care is still planning its visits on paper, and all visits go ahead. Tomorrow at 18:00 we will start moving the library system to a new hosting environment – while the move is under way you will not be able to reserve or renew online.',
      },
      changes: [],
      mentions: ['e-post', 'vatten-och-avfallsfakturor', 'hemtjanstens-planering', 'bibliotek'],
    },
    {
      key: 'u21-bibliotek-underhall',
      incident: 'bibliotekssystemet-flyttas',
      // With the automatic start, which put the service into "Planerat underhåll" a moment before.
      publishedAt: { daysAgo: 1, time: '18:00' },
      texts: {
        sv: 'Flytten av bibliotekssystemet har börjat. I knappt två dygn går det inte att söka i katalogen, reservera eller låna om på webben. Du kan låna och lämna tillbaka på biblioteket som vanligt, och alla lån förlängs så att du inte får någon förseningsavgift.',
        en: "The move of the library system has started. For just under two days you won't be able to search the catalogue, reserve or renew online. You can borrow and return items at the library as usual, and all loans are extended so you won't be charged a late fee.",
      },
      changes: [],
    },
  ],

  corrections: [
    {
      update: 'u06-va-jour',
      correctedAt: { daysAgo: 26, time: '17:10' },
      texts: {
        sv: {
          body: `Vattenläckor, stopp i avloppet och andra fel på vatten och avlopp kan du nu anmäla dygnet runt på det tillfälliga numret ${WATER_ON_CALL}. Webbformuläret för felanmälan fungerar inte. Dricksvattnet påverkas inte av IT-angreppet och går att dricka som vanligt.`,
          reason: `Vi angav fel telefonnummer till VA-jouren. Rätt nummer är ${WATER_ON_CALL}.`,
        },
        en: {
          body: `You can now report water leaks, blocked drains and other water and sewage faults day and night on the temporary number ${WATER_ON_CALL}. The online fault report form is not working. Drinking water is not affected by the attack and is safe to drink as usual.`,
          reason: `We gave the wrong phone number for the water and sewage emergency line. The correct number is ${WATER_ON_CALL}.`,
        },
      },
    },
  ],
};
