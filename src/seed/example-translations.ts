/**
 * The example municipality in Finnish, Meänkieli, Arabic and easy-to-read Swedish (issue 17):
 * what a resident most needs on the worst day — the site notice, the main incident's notice and
 * its three newest updates, and the six e-services residents use most. Everything else has
 * Swedish and English only and falls back, visibly, to Swedish. Merged into the example by
 * `withExampleTranslations` (example.ts), which refuses a key the example does not have, so
 * these texts cannot silently drift away from what they translate.
 *
 * Written with care, but not by native speakers. Before anyone copies them:
 * - **Meänkieli (fit)** needs a native speaker's review most of all, every sentence. It is not
 *   Finnish: it has its own words (many from Swedish) and forms. Used here where known:
 *   `kommuuni` (municipality), `sie`/`met`/`het` (you/we/they), `meän` (our), `e-posti`,
 *   `telefooni`, `planketti` (form), `systeemi`, `tarttee` (needs), dropped d (`veen`,
 *   `tieot`). Unsure, and to be checked first: the word for the attack itself
 *   (`IT-hyökkäys`), `lunnasohjelma` (ransomware), verb forms of `met` (`met teemä`,
 *   `met selvitämä`), the illatives (`numerhoon`), `vastaanotto` for the town hall
 *   reception, `nettisivu` for website, `e-palvelut` for e-services.
 * - **Arabic (ar)**, Modern Standard Arabic: to check are the names of Swedish things
 *   (`المساعدة المالية` for ekonomiskt bistånd, `الروضة` for förskola, `هيئة حماية الخصوصية`
 *   for IMY) and the register of the warning about scams. Phone numbers are written without
 *   spaces (0123-456700): in right-to-left text, groups of digits separated by spaces are shown
 *   in reverse order, a number without spaces stays one readable run, so no invisible
 *   direction marks are needed. Names of services and places (Mina sidor, Exempelvik Direkt,
 *   Stortorget 1) stay in Latin letters, as residents see them on signs and letters.
 * - **Finnish (fi)**, standard Finnish as Sweden Finns read it: to check are
 *   `toimeentulotuki` for ekonomiskt bistånd and `esikoulu` for förskola (in Finland
 *   `varhaiskasvatus`/`päiväkoti`; Sweden Finnish uses `esikoulu`).
 * - **Easy-to-read Swedish (sv-x-easy)**: short sentences, common words, one thing per
 *   sentence, the reader addressed as "du"; a reviewer from an easy-to-read editor (such as
 *   those who write for 8 Sidor) should check word choice and length.
 */
import type { NoticeTextField } from '../domain/incident';
import { PHONE, SOCIAL_ON_CALL, TEMP_EMAIL, WATER_ON_CALL } from './example-data';
import type { ExampleData } from './example-types';

/** The languages added here; the example offers them after Swedish and English. */
export const EXAMPLE_TRANSLATION_LOCALES = ['fi', 'fit', 'ar', 'sv-x-easy'] as const;
type Locale = (typeof EXAMPLE_TRANSLATION_LOCALES)[number];
type PerLanguage<T> = Record<Locale, T>;

interface ServiceText {
  name: string;
  description: string;
  workaround: string;
  restorationNote: string;
}

/** A phone number as one run of digits, so it reads the same in right-to-left text. */
const rtlSafe = (phone: string) => phone.replace(/ /g, '');
const PHONE_AR = rtlSafe(PHONE);
const SOCIAL_ON_CALL_AR = rtlSafe(SOCIAL_ON_CALL);
const WATER_ON_CALL_AR = rtlSafe(WATER_ON_CALL);
const POSTAL_ADDRESS = 'Exempelviks kommun, Samhällsbyggnad, Stortorget 1, 123 45 Exempelvik';

const settings: PerLanguage<{ organisationName: string; siteTitle: string; notice: string }> = {
  fi: {
    organisationName: 'Exempelvikin kunta',
    siteTitle: 'Palvelujen tila – Exempelvikin kunta',
    notice: `Kunnan IT-toimittajaan kohdistuneen tietoverkkohyökkäyksen vuoksi kaikki sähköiset palvelut eivät toimi, ja kunnan sähköposti on poissa käytöstä. Jos tarvitset apua, soita Exempelvik Direktiin numeroon ${PHONE}. Kiireelliset asiat voit jättää paperilomakkeella kunnantalon vastaanottoon.`,
  },
  fit: {
    organisationName: 'Exempelvikin kommuuni',
    siteTitle: 'Palveluitten tila – Exempelvikin kommuuni',
    notice: `Kommuunin IT-toimittajan päälle oli IT-hyökkäys, ja sen takia kaikki e-palvelut ei toimi eikä kommuunin e-posti toimi. Jos sie tarttet apua, soita Exempelvik Direkthiin numerhoon ${PHONE}. Kiirheelliset asiat sie saatat jättää paperiplanketila kommuunitalon vastaanottoon.`,
  },
  ar: {
    organisationName: 'بلدية إكسمبلفيك',
    siteTitle: 'حالة الخدمات – بلدية إكسمبلفيك',
    notice: `بسبب هجوم إلكتروني على مزوّد تقنية المعلومات لدى البلدية، لا تعمل بعض الخدمات الإلكترونية، كما أن البريد الإلكتروني للبلدية متوقف عن العمل. إذا كنت بحاجة إلى مساعدة، فاتصل بـ Exempelvik Direkt على الرقم ${PHONE_AR}. ويمكنك تقديم المعاملات العاجلة على استمارة ورقية في مكتب الاستقبال في مبنى البلدية.`,
  },
  'sv-x-easy': {
    organisationName: 'Exempelviks kommun',
    siteTitle: 'Fungerar kommunens tjänster? – Exempelviks kommun',
    notice: `Brottslingar har attackerat kommunens datorer. Därför fungerar inte alla e-tjänster. Kommunens e-post fungerar inte heller. Behöver du hjälp? Ring Exempelvik Direkt på ${PHONE}. Är det bråttom? Lämna en blankett på papper i kommunhuset.`,
  },
};

const incidents: Record<string, PerLanguage<Record<NoticeTextField, string>>> = {
  'it-angrepp': {
    fi: {
      title: 'Tietoverkkohyökkäys kunnan IT-toimittajaa vastaan',
      whatHappened:
        'Kunnan IT-toimittaja joutui yöllä niin sanotun kiristyshaittaohjelman hyökkäyksen kohteeksi: hyökkääjät salaavat ja lukitsevat tietoja ja vaativat lunnaita. Monet kunnan käyttämät järjestelmät lakkasivat toimimasta, muun muassa verkkosivusto, Mina sidor -palvelu, sähköposti ja useat hoito- ja hoivatyön järjestelmät. Hyökkäys koskee myös muita kuntia ja viranomaisia, joilla on sama toimittaja.',
      affectsMe:
        'Useat sähköiset palvelut eivät toimi, ja vastauksen saaminen kunnalta voi kestää tavallista kauemmin. Koulut, esikoulut, kotipalvelu ja vanhainkodit ovat auki ja työskentelevät kynällä ja paperilla. Hyökkäys ei vaikuta juomaveteen, viemäreihin, jätteiden noutoon eikä turvahälyttimiin. Emme ole toistaiseksi havainneet merkkejä henkilötietojen leviämisestä, mutta olemme ilmoittaneet tapahtumasta Ruotsin tietosuojaviranomaiselle (IMY).',
      whatWeAreDoing:
        'Kunnan kriisijohto on koolla ja työskentelee yhdessä IT-toimittajan kanssa, jotta kaikki mahdollinen saadaan palautettua. Järjestelmät, joita ei voi palauttaa, rakennetaan uudelleen – siihen menee viikkoja, joidenkin järjestelmien kohdalla kuukausia. Kaikki toiminnot noudattavat varajärjestelyjään, jotta tärkein eli elämä, terveys ja turvallisuus on turvattu koko ajan.',
      whatYouShouldDo:
        'Jos asiasi ei ole kiireellinen, odota mieluiten, kunnes sähköiset palvelut toimivat taas. Jos asia on kiireellinen, voit käyttää paperilomaketta. Lomakkeita saa kunnantalon vastaanotosta ja väliaikaiselta verkkosivustoltamme. Varo huijausyrityksiä: kunta ei koskaan pyydä sinua kirjautumaan BankID:llä tai antamaan korttitietojasi tekstiviestillä, sähköpostilla tai puhelimessa.',
      whoToContact: `Soita Exempelvik Direktiin numeroon ${PHONE} tai käy kunnantalon vastaanotossa, Stortorget 1. Voit myös lähettää sähköpostia väliaikaiseen osoitteeseen ${TEMP_EMAIL}. Kiireellisissä sosiaalisissa asioissa kunnan ollessa kiinni soita sosiaalipäivystykseen numeroon ${SOCIAL_ON_CALL}. Hengenvaarassa soita 112.`,
    },
    fit: {
      title: 'IT-hyökkäys kommuunin IT-toimittajan päälle',
      whatHappened:
        'Yöllä kommuunin IT-toimittajan päälle tuli lunnasohjelman hyökkäys: hyökkääjät lukitsevat tieot ja vaativat rahhaa, ennen ko het avaavat ne. Monet systeemit, mitä kommuuni käyttää, lakkasit toimimasta, niinku nettisivu, Mina sidor, e-posti ja monta hoitotyön systeemiä. Muutki kommuunit ja viranomaiset, joilla on sama toimittaja, oon kans joutunheet hyökkäyksen alle.',
      affectsMe:
        'Monet e-palvelut ei toimi, ja vastaus kommuunilta saattaa viepä pitemmän aikaa ko tavalisesti. Koulut, esikoulut, kotipalvelu ja vanhainkoit oon auki ja tekevät työtä paperilla ja kynälä. Juomavesi, viemärit, roskitten haku ja turvahälyttimet toimivat niinku ennenki. Met emmä ole nähheet merkkiä, ette henkilötieot olisit levinheet, mutta met olema ilmoittanheet asiasta Ruottin tietosuojaviranomaiselle (IMY).',
      whatWeAreDoing:
        'Kommuunin kriisijohto tekkee työtä yhessä IT-toimittajan kans, ette kaikki, mikä suinki mennee, saahaan takaisin. Systeemit, mitä ei saa takaisin, rakennethaan uuesti – se vie viikkoja ja muutamilla systeemeillä kuukausia. Kaikki toiminnat seuraavat varasuunnitelmiaan, ette tärkein, henki, terveys ja turvalisuus, toimii koko aijan.',
      whatYouShouldDo:
        'Jos sinun asia ei ole kiirheelinen, oota mieluummin siihen asti ko e-palvelut toimivat taas. Jos asia on kiirheelinen, sie saatat käyttää paperiplankettia. Planketin saapi kommuunitalon vastaanotosta ja meän tilapäiseltä nettisivulta. Varo huijareita: kommuuni ei ikinä pyyä sinua kirjautumhaan BankID:llä eikä antamhaan korttitietoja tekstiviestilä, e-postila eikä telefoonissa.',
      whoToContact: `Soita Exempelvik Direkthiin numerhoon ${PHONE} tahi tule kommuunitalon vastaanottoon, Stortorget 1. Sie saatat kans kirjoittaa tilapäiseen e-postiosotheesheen ${TEMP_EMAIL}. Kiirheelisissä sosiaalisissa asioissa, ko kommuuni on kiinni, soita sosiaalipäivystykseen numerhoon ${SOCIAL_ON_CALL}. Jos henki on vaarassa, soita 112.`,
    },
    ar: {
      title: 'هجوم إلكتروني على مزوّد تقنية المعلومات لدى البلدية',
      whatHappened:
        'تعرّض مزوّد تقنية المعلومات لدى البلدية خلال الليل لهجوم بما يُعرف ببرامج الفدية، إذ يقوم المهاجمون بتشفير البيانات وقفلها للمطالبة بفدية. وتوقفت أنظمة كثيرة تعتمد عليها البلدية، منها الموقع الإلكتروني وخدمة Mina sidor (صفحاتي) والبريد الإلكتروني وعدة أنظمة في مجال الرعاية. كما تضررت بلديات وجهات حكومية أخرى تتعامل مع المزوّد نفسه.',
      affectsMe:
        'عدة خدمات إلكترونية لا تعمل، وقد يستغرق الحصول على رد من البلدية وقتاً أطول من المعتاد. المدارس والروضات وخدمة الرعاية المنزلية ودور رعاية المسنين مفتوحة وتعمل بالورقة والقلم. لم يتأثر ماء الشرب والصرف الصحي وجمع النفايات وأجهزة إنذار السلامة الشخصية. لم نرَ حتى الآن ما يدل على تسرّب بيانات شخصية، لكننا أبلغنا هيئة حماية الخصوصية السويدية (IMY) بالحادث.',
      whatWeAreDoing:
        'فُعّلت إدارة الأزمات في البلدية، وهي تعمل مع مزوّد تقنية المعلومات على استعادة كل ما يمكن استعادته. أما الأنظمة التي لا يمكن استعادتها فيُعاد بناؤها من جديد، وهذا يستغرق أسابيع، وبالنسبة لبعض الأنظمة أشهراً. وتتبع جميع الإدارات خطط الطوارئ الخاصة بها حتى يبقى الأهم، أي الحياة والصحة والسلامة، مضموناً طوال الوقت.',
      whatYouShouldDo:
        'إذا لم تكن معاملتك عاجلة، فيُفضَّل أن تنتظر حتى تعود الخدمات الإلكترونية إلى العمل. وإذا كانت عاجلة، فيمكنك استخدام استمارة ورقية متوفرة في مكتب الاستقبال في مبنى البلدية وعلى موقعنا الإلكتروني المؤقت. احذر من محاولات الاحتيال: لن تطلب منك البلدية أبداً تسجيل الدخول بـ BankID أو إعطاء بيانات بطاقتك المصرفية عبر رسالة نصية أو بريد إلكتروني أو هاتف.',
      whoToContact: `اتصل بـ Exempelvik Direkt على الرقم ${PHONE_AR} أو زر مكتب الاستقبال في مبنى البلدية، Stortorget 1. ويمكنك أيضاً مراسلتنا على العنوان المؤقت ${TEMP_EMAIL}. في الحالات الاجتماعية العاجلة عندما تكون البلدية مغلقة، اتصل بخط الطوارئ الاجتماعية على الرقم ${SOCIAL_ON_CALL_AR}. إذا كانت حياة أحد في خطر، فاتصل بالرقم 112.`,
    },
    'sv-x-easy': {
      title: 'Brottslingar har attackerat kommunens datorer',
      whatHappened:
        'Ett företag sköter kommunens datorer. En natt attackerade brottslingar företaget. Brottslingarna låste kommunens information. De vill ha pengar för att låsa upp den. Många av kommunens datorsystem slutade fungera. Till exempel webbplatsen, Mina sidor och e-posten.',
      affectsMe:
        'Flera e-tjänster fungerar inte. Det kan ta längre tid än vanligt att få svar från kommunen. Skolor, förskolor och hemtjänsten arbetar som vanligt. De skriver på papper i stället för i datorn. Vattnet i kranen går att dricka. Soporna hämtas som vanligt. Trygghetslarmen fungerar.',
      whatWeAreDoing:
        'Kommunen arbetar tillsammans med företaget för att laga datorsystemen. Vissa system måste byggas upp från början. Det tar flera veckor. För några system tar det flera månader. Det viktigaste fungerar hela tiden. Vi hjälper människor som är sjuka, gamla eller i fara.',
      whatYouShouldDo:
        'Är ditt ärende inte bråttom? Vänta tills e-tjänsterna fungerar igen. Är det bråttom? Fyll i en blankett på papper. Du får blanketten i kommunhuset. Se upp för bedragare! Kommunen ber dig aldrig att logga in med bank-id i ett sms, ett mejl eller ett telefonsamtal.',
      whoToContact: `Ring Exempelvik Direkt på ${PHONE}. Eller gå till kommunhuset på Stortorget 1. Du kan också mejla till ${TEMP_EMAIL}. Är det kväll eller helg och behöver du hjälp från socialtjänsten? Ring socialjouren på ${SOCIAL_ON_CALL}. Är någon i fara? Ring 112.`,
    },
  },
};

/** The main incident's three newest updates. */
const updates: Record<string, PerLanguage<string>> = {
  'u18-leverantorer-betalda': {
    fi: `Maksut kunnan toimittajille toimivat taas normaalisti, ja kaikki häiriön aikana viivästyneet laskut on nyt maksettu. Jos jokin maksu puuttuu yhä, lähetä kopio laskusta sähköpostiosoitteeseen ${TEMP_EMAIL}.`,
    fit: `Maksut kommuunin toimittajile toimivat taas niinku ennenki, ja kaikki laskut, mitkä myöhästyit häiriön aikana, oon nyt maksettu. Jos sulta vielä puuttuu maksu, lähetä laskun kopia e-postila osotheesheen ${TEMP_EMAIL}.`,
    ar: `عادت المدفوعات إلى مورّدي البلدية إلى وضعها الطبيعي، ودُفعت الآن جميع الفواتير التي تأخرت بسبب العطل. إذا كنت لا تزال تنتظر دفعة ما، فأرسل نسخة من الفاتورة بالبريد الإلكتروني إلى ${TEMP_EMAIL}.`,
    'sv-x-easy': `Nu betalar kommunen företagen som vanligt igen. Alla fakturor som var sena är betalda. Har du inte fått dina pengar? Mejla fakturan till ${TEMP_EMAIL}.`,
  },
  'u19-mina-sidor-tillbaka': {
    fi: 'Nyt voit taas kirjautua Mina sidor -palveluun ja käyttää useimpia sähköisiä palveluja, muun muassa toimeentulotuen ja esikoulupaikan hakemista. Rakennuslupien sähköistä palvelua voi käyttää, mutta selvitämme, tulevatko liitetyt piirustukset perille – lähetä siksi piirustukset mieluiten myös paperilla. Veden ja jätehuollon sopimukset ja laskut eivät vielä näy Mina sidor -palvelussa.',
    fit: 'Nyt sie saatat taas kirjautua Mina sidorhiin ja käyttää suurinta osaa e-palveluista, niinku toimeentulotuen ja esikoulupaikan hakemista. Rakennuslupan e-palvelua saattaa käyttää, mutta met selvitämä, tulevatko liitetyt piirustukset perile – lähetä sen takia piirustukset kans paperila. Veen ja roskitten sopimukset ja laskut ei vielä näy Mina sidorissa.',
    ar: 'يمكنك الآن تسجيل الدخول إلى Mina sidor مجدداً واستخدام معظم الخدمات الإلكترونية، ومنها طلب المساعدة المالية وطلب مكان في الروضة. ويمكن استخدام الخدمة الإلكترونية لرخص البناء، لكننا نتحقق مما إذا كانت المخططات المرفقة تصل، لذا يُرجى إرسال المخططات على الورق أيضاً. لا تظهر بعدُ اشتراكات وفواتير المياه والنفايات في Mina sidor.',
    'sv-x-easy': 'Nu fungerar Mina sidor igen. Du kan logga in och använda de flesta e-tjänsterna. Du kan till exempel söka ekonomiskt bistånd och plats i förskolan. Söker du bygglov? Skicka ritningarna på papper också. Vi vet inte om ritningarna kommer fram i e-tjänsten. Dina fakturor för vatten och sopor syns inte på Mina sidor än.',
  },
  'u20-lagesbild': {
    fi: 'Sähköpostin sekä veden ja jätehuollon järjestelmän uudelleenrakentaminen jatkuu suunnitelman mukaan. Kotipalvelu suunnittelee käyntinsä yhä paperilla, ja kaikki käynnit toteutuvat. Huomenna klo 18.00 alamme siirtää kirjastojärjestelmää uuteen käyttöympäristöön – siirron aikana verkossa ei voi tehdä varauksia eikä uusia lainoja.',
    fit: 'E-postin ja veen ja roskitten systeemin rakentaminen jatkuu niinku oon suunniteltu. Kotipalvelu suunnittelee käynnit vielä paperila, ja kaikki käynnit tehhään. Huomena kello 18.00 met alama siirtää kirjaston systeemiä uutheen paikkaan – siirron aikana ei saata varata eikä uusia lainoja netissä.',
    ar: 'تستمر إعادة بناء نظام البريد الإلكتروني ونظام المياه والنفايات وفق الخطة. ولا تزال خدمة الرعاية المنزلية تخطط زياراتها على الورق، وتتم جميع الزيارات. غداً في الساعة 18:00 نبدأ نقل نظام المكتبة إلى بيئة تشغيل جديدة، ولن يكون بالإمكان خلال النقل الحجز أو تجديد الإعارة عبر الإنترنت.',
    'sv-x-easy': 'Vi fortsätter att bygga upp e-posten och systemet för vatten och sopor. Det går som vi har planerat. Hemtjänsten kommer till alla som ska ha besök. I morgon klockan 18 flyttar vi bibliotekets datorsystem. Då kan du inte låna om eller reservera böcker på webben.',
  },
};

/** The e-services residents use most, and the number for water faults. */
const services: Record<string, PerLanguage<ServiceText>> = {
  webbplats: {
    fi: {
      name: 'Kunnan verkkosivusto',
      description: 'Exempelvikin kunnan verkkosivusto, jossa on tietoa kunnan toiminnoista, maksuista ja lomakkeista.',
      workaround: `Uusimmat tiedot häiriöstä ovat tällä sivulla ja väliaikaisella verkkosivustollamme. Puuttuvan lomakkeen saat kunnantalon vastaanotosta, tai soita Exempelvik Direktiin numeroon ${PHONE}, niin lähetämme sen sinulle postitse.`,
      restorationNote: 'Suurin osa verkkosivustosta on taas käytössä. Rakennuslupia, taksoja ja maksuja koskevat sivut puuttuvat vielä, ja ne lisätään vähitellen.',
    },
    fit: {
      name: 'Kommuunin nettisivu',
      description: 'Exempelvikin kommuunin nettisivu, missä on tietoa kommuunin toiminnoista, maksuista ja planketeista.',
      workaround: `Uusimmat tieot häiriöstä oon tällä sivula ja meän tilapäisellä nettisivula. Planketin, mikä puuttuu, sie saat kommuunitalon vastaanotosta, tahi soita Exempelvik Direkthiin numerhoon ${PHONE}, niin met lähetämä sen sulle kotia.`,
      restorationNote: 'Suurin osa nettisivusta toimii taas. Sivut rakennusluvista, taksoista ja maksuista puuttuvat vielä, ja net tulevat vähitelen.',
    },
    ar: {
      name: 'الموقع الإلكتروني للبلدية',
      description: 'الموقع الإلكتروني لبلدية إكسمبلفيك، وفيه معلومات عن خدمات البلدية ورسومها واستماراتها.',
      workaround: `تجد آخر المعلومات عن العطل في هذه الصفحة وعلى موقعنا الإلكتروني المؤقت. إذا احتجت إلى استمارة غير متوفرة، فيمكنك أخذها من مكتب الاستقبال في مبنى البلدية، أو الاتصال بـ Exempelvik Direkt على الرقم ${PHONE_AR} لنرسلها إليك بالبريد.`,
      restorationNote: 'عاد معظم الموقع الإلكتروني إلى العمل. ولا تزال الصفحات الخاصة برخص البناء والتعرفات والرسوم غير متوفرة، وستُضاف تدريجياً.',
    },
    'sv-x-easy': {
      name: 'Kommunens webbplats',
      description: 'Kommunens webbplats. Där finns information om kommunen, avgifter och blanketter.',
      workaround: `Läs om problemen här och på vår tillfälliga webbplats. Behöver du en blankett? Hämta den i kommunhuset. Eller ring Exempelvik Direkt på ${PHONE}. Då skickar vi blanketten hem till dig.`,
      restorationNote: 'Nu fungerar det mesta av webbplatsen igen. Några sidor saknas fortfarande. Till exempel sidorna om bygglov och avgifter.',
    },
  },
  'mina-sidor': {
    fi: {
      name: 'Mina sidor (Omat sivut)',
      description: 'Kirjautuminen e-tunnisteella kunnan sähköisiin palveluihin. Siellä näet myös vireillä olevat asiasi.',
      workaround: `Etkö pääse kirjautumaan? Soita Exempelvik Direktiin numeroon ${PHONE}. Kiireelliset asiat voit jättää paperilomakkeella kunnantalon vastaanottoon.`,
      restorationNote: 'Veden ja jätehuollon sopimukset ja laskut eivät vielä näy Mina sidor -palvelussa.',
    },
    fit: {
      name: 'Mina sidor (Omat sivut)',
      description: 'Kirjautuminen e-legitimasuunila kommuunin e-palveluihin. Siellä sie näet kans omat asiat, mitkä oon vielä kesken.',
      workaround: `Etkö sie pääse kirjautumhaan? Soita Exempelvik Direkthiin numerhoon ${PHONE}. Kiirheeliset asiat sie saatat jättää paperiplanketila kommuunitalon vastaanottoon.`,
      restorationNote: 'Veen ja roskitten sopimukset ja laskut ei vielä näy Mina sidorissa.',
    },
    ar: {
      name: 'Mina sidor (صفحاتي)',
      description: 'تسجيل الدخول بالهوية الإلكترونية إلى الخدمات الإلكترونية للبلدية، حيث يمكنك أيضاً متابعة معاملاتك الجارية.',
      workaround: `لا تستطيع تسجيل الدخول؟ اتصل بـ Exempelvik Direkt على الرقم ${PHONE_AR}. ويمكنك تقديم المعاملات العاجلة على استمارة ورقية في مكتب الاستقبال في مبنى البلدية.`,
      restorationNote: 'لا تظهر بعدُ اشتراكات وفواتير المياه والنفايات في Mina sidor.',
    },
    'sv-x-easy': {
      name: 'Mina sidor',
      description: 'Här loggar du in med e-legitimation. Sedan kan du använda kommunens e-tjänster och se dina ärenden.',
      workaround: `Kan du inte logga in? Ring Exempelvik Direkt på ${PHONE}. Är det bråttom? Lämna en blankett på papper i kommunhuset.`,
      restorationNote: 'Dina fakturor för vatten och sopor syns inte på Mina sidor än.',
    },
  },
  bygglov: {
    fi: {
      name: 'Rakennuslupahakemus',
      description: 'Sähköinen palvelu rakennusluvan, maisematyöluvan tai purkuluvan hakemiseen ja piirustusten toimittamiseen.',
      workaround: `Voit käyttää sähköistä palvelua, mutta lähetä piirustukset myös paperilla osoitteeseen ${POSTAL_ADDRESS} – tai jätä ne kunnantalon vastaanottoon. Lomakkeen saa vastaanotosta ja väliaikaiselta verkkosivustoltamme.`,
      restorationNote: 'Selvitämme yhdessä toimittajan kanssa, tulevatko liitetiedostot perille käsittelijöille.',
    },
    fit: {
      name: 'Rakennuslupan hakeminen',
      description: 'E-palvelu, millä sie haet rakennuslupaa, maanmuokkauslupaa tahi purkulupaa ja lähetät piirustukset.',
      workaround: `Sie saatat käyttää e-palvelua, mutta lähetä piirustukset kans paperila osotheesheen ${POSTAL_ADDRESS} – tahi jätä net kommuunitalon vastaanottoon. Planketin saapi vastaanotosta ja meän tilapäiseltä nettisivulta.`,
      restorationNote: 'Met selvitämä yhessä toimittajan kans, tulevatko liitetyt tieostot perile käsittelijöile.',
    },
    ar: {
      name: 'طلب رخصة البناء',
      description: 'خدمة إلكترونية لطلب رخصة بناء أو رخصة أعمال أرض أو رخصة هدم، ولتقديم المخططات.',
      workaround: `يمكنك استخدام الخدمة الإلكترونية، لكن يُرجى أيضاً إرسال المخططات على الورق إلى العنوان: ${POSTAL_ADDRESS}، أو تسليمها في مكتب الاستقبال في مبنى البلدية. الاستمارة متوفرة في مكتب الاستقبال وعلى موقعنا الإلكتروني المؤقت.`,
      restorationNote: 'نتحقق مع المزوّد مما إذا كانت الملفات المرفقة تصل إلى الموظفين الذين يعالجون الطلبات.',
    },
    'sv-x-easy': {
      name: 'Söka bygglov',
      description: 'Här söker du lov att bygga ett hus, riva ett hus eller ändra marken. Här skickar du också ritningar.',
      workaround: `Du kan använda e-tjänsten. Men skicka också ritningarna på papper. Adressen är: ${POSTAL_ADDRESS}. Du kan också lämna ritningarna i kommunhuset.`,
      restorationNote: 'Vi vet inte om ritningarna i e-tjänsten kommer fram. Vi undersöker det.',
    },
  },
  'ekonomiskt-bistand': {
    fi: {
      name: 'Toimeentulotuen hakeminen',
      description: 'Sähköinen palvelu, jolla haetaan toimeentulotukea (ekonomiskt bistånd) joka kuukausi.',
      workaround: `Voit hakea myös paperilomakkeella, jonka saat kunnantalon vastaanotosta. Jos sinulla ei ole rahaa ruokaan tai vuokraan ja asia on kiireellinen, soita Exempelvik Direktiin numeroon ${PHONE} ja pyydä saada puhua sosiaalipalvelujen kanssa. Iltaisin, öisin ja viikonloppuisin tavoitat sosiaalipäivystyksen numerosta ${SOCIAL_ON_CALL}.`,
      restorationNote: '',
    },
    fit: {
      name: 'Toimeentulotuen hakeminen',
      description: 'E-palvelu, millä sie haet toimeentulotukea (ekonomiskt bistånd) joka kuukausi.',
      workaround: `Sie saatat hakea kans paperiplanketila, minkä saat kommuunitalon vastaanotosta. Jos sulla ei ole rahhaa ruokhaan eli vuokhraan ja asia on kiirheelinen, soita Exempelvik Direkthiin numerhoon ${PHONE} ja pyyä saaha puhua sosiaalitoimen kans. Iltasin, öisin ja viikonloppuina sie saat sosiaalipäivystyksen kiinni numerosta ${SOCIAL_ON_CALL}.`,
      restorationNote: '',
    },
    ar: {
      name: 'طلب المساعدة المالية',
      description: 'خدمة إلكترونية لتقديم الطلب الشهري للمساعدة المالية (ekonomiskt bistånd).',
      workaround: `يمكنك أيضاً تقديم الطلب على استمارة ورقية متوفرة في مكتب الاستقبال في مبنى البلدية. إذا لم يكن لديك مال للطعام أو الإيجار وكان الأمر عاجلاً، فاتصل بـ Exempelvik Direkt على الرقم ${PHONE_AR} واطلب التحدث مع الخدمات الاجتماعية. وفي المساء والليل وعطلات نهاية الأسبوع يمكنك الاتصال بخط الطوارئ الاجتماعية على الرقم ${SOCIAL_ON_CALL_AR}.`,
      restorationNote: '',
    },
    'sv-x-easy': {
      name: 'Söka ekonomiskt bistånd',
      description: 'Här söker du pengar från kommunen varje månad, om du inte har pengar till det du behöver.',
      workaround: `Du kan också söka med en blankett på papper. Blanketten finns i kommunhuset. Har du inte pengar till mat eller hyra? Ring Exempelvik Direkt på ${PHONE}. Be att få prata med socialtjänsten. På kvällar, nätter och helger kan du ringa socialjouren på ${SOCIAL_ON_CALL}.`,
      restorationNote: '',
    },
  },
  forskoleplats: {
    fi: {
      name: 'Esikoulupaikan hakeminen',
      description: 'Sähköinen palvelu, jolla lapsesi asetetaan jonoon esikouluun tai perhepäivähoitoon.',
      workaround: 'Täytä paperilomake kunnantalon vastaanotossa tai tulosta se väliaikaiselta verkkosivustoltamme. Hakemus kirjataan sille päivälle, jona jätit sen, joten lapsesi ei menetä jonotusaikaa.',
      restorationNote: '',
    },
    fit: {
      name: 'Esikoulupaikan hakeminen',
      description: 'E-palvelu, millä sie panet lapsen jonhoon esikouluun eli perhepäivähoithoon.',
      workaround: 'Täytä paperiplanketti kommuunitalon vastaanotossa tahi tulosta se meän tilapäiseltä nettisivulta. Hakemus kirjotethaan sille päivälle, ko sie jätit sen, niin lapsi ei menetä yhthään jonotusaikaa.',
      restorationNote: '',
    },
    ar: {
      name: 'طلب مكان في الروضة',
      description: 'خدمة إلكترونية لتسجيل طفلك في قائمة الانتظار للروضة أو لرعاية الأطفال التربوية.',
      workaround: 'املأ استمارة ورقية في مكتب الاستقبال في مبنى البلدية أو اطبعها من موقعنا الإلكتروني المؤقت. يُسجَّل الطلب بتاريخ تقديمه، فلا يفقد طفلك شيئاً من مدة الانتظار.',
      restorationNote: '',
    },
    'sv-x-easy': {
      name: 'Söka plats i förskolan',
      description: 'Här ställer du ditt barn i kö till förskolan.',
      workaround: 'Fyll i en blankett på papper. Du får blanketten i kommunhuset. Du kan också skriva ut den från vår tillfälliga webbplats. Ditt barn får samma plats i kön som med e-tjänsten.',
      restorationNote: '',
    },
  },
  'felanmalan-vatten': {
    fi: {
      name: 'Vesi- ja viemärivikojen ilmoittaminen',
      description: 'Vesivuotojen, viemäritukosten ja alhaisen vedenpaineen ilmoittaminen ympäri vuorokauden.',
      workaround: `Soita vesihuollon päivystykseen väliaikaiseen numeroon ${WATER_ON_CALL} ympäri vuorokauden. Vikailmoituksen verkkolomake ei vielä toimi.`,
      restorationNote: 'Verkkolomake palaa käyttöön, kun veden ja jätehuollon järjestelmä on rakennettu uudelleen.',
    },
    fit: {
      name: 'Veen ja viemärin vikoista ilmoittaminen',
      description: 'Ilmoitus vesivuoista, viemärin tukoksista ja matalasta veenpaineesta, ympäri vuorokauen.',
      workaround: `Soita veen päivystykseen tilapäisheen numerhoon ${WATER_ON_CALL}, ympäri vuorokauen. Netin vikailmoitusplanketti ei vielä toimi.`,
      restorationNote: 'Netin planketti tullee takaisin, ko veen ja roskitten systeemi on rakennettu uuesti.',
    },
    ar: {
      name: 'الإبلاغ عن أعطال المياه والصرف الصحي',
      description: 'الإبلاغ عن تسرب المياه وانسداد الصرف الصحي وانخفاض ضغط المياه، على مدار الساعة.',
      workaround: `اتصل بخط طوارئ المياه والصرف الصحي على الرقم المؤقت ${WATER_ON_CALL_AR} على مدار الساعة. استمارة الإبلاغ عن الأعطال على الإنترنت لا تعمل بعد.`,
      restorationNote: 'ستعود الاستمارة الإلكترونية عندما يُعاد بناء نظام المياه والنفايات.',
    },
    'sv-x-easy': {
      name: 'Anmäla fel på vatten och avlopp',
      description: 'Här berättar du om vatten läcker eller om avloppet är stopp. Det går hela dygnet.',
      workaround: `Ring ${WATER_ON_CALL}. Numret fungerar hela dygnet. Formuläret på webben fungerar inte än.`,
      restorationNote: 'Formuläret på webben kommer tillbaka när systemet för vatten och sopor är lagat.',
    },
  },
};

/** Where the translations are, for the tests and the decision note: nothing else is translated. */
export const EXAMPLE_TRANSLATED = {
  incidents: Object.keys(incidents),
  updates: Object.keys(updates),
  services: Object.keys(services),
} as const;

function requireKeys(kind: string, wanted: readonly string[], present: readonly string[]): void {
  const missing = wanted.filter((key) => !present.includes(key));
  if (missing.length > 0) throw new Error(`Example translations for unknown ${kind}: ${missing.join(', ')}`);
}

/** The example with these languages offered and their texts added beside Swedish and English. */
export function withExampleTranslations(data: ExampleData): ExampleData {
  requireKeys('incidents', EXAMPLE_TRANSLATED.incidents, data.incidents.map((incident) => incident.slug));
  requireKeys('updates', EXAMPLE_TRANSLATED.updates, data.updates.map((update) => update.key));
  requireKeys('services', EXAMPLE_TRANSLATED.services, data.services.map((service) => service.slug));
  return {
    ...data,
    settings: {
      ...data.settings,
      offeredLocales: ['sv', 'en', ...EXAMPLE_TRANSLATION_LOCALES],
      texts: { ...data.settings.texts, ...settings },
    },
    incidents: data.incidents.map((incident) => ({ ...incident, texts: { ...incident.texts, ...incidents[incident.slug] } })),
    updates: data.updates.map((update) => ({ ...update, texts: { ...update.texts, ...updates[update.key] } })),
    services: data.services.map((service) => ({ ...service, texts: { ...service.texts, ...services[service.slug] } })),
  };
}
