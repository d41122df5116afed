/**
 * Arabic (العربية), Modern Standard Arabic, right to left. Written by the team, not yet by a
 * native speaker. Most in need of review:
 * - `overallDetail` and the poster's counts: Arabic number agreement (one, two, 3–10, 11 and
 *   more) is chosen with Intl.PluralRules; check every form reads naturally;
 * - the status words (`status`, `phase`, `impact`), short labels read first in a crisis;
 * - `missingTranslation` / `olderTranslation` ("باللغة" + the name Intl gives, السويدية);
 * - the accessibility statement (the Arabic names of Swedish authorities and laws).
 * Digits: Latin (the Intl locale carries -u-nu-latn) so that dates, times and phone numbers
 * use the digits printed on every Swedish letter and sign (docs/decisions/0041-languages-and-tags.md).
 * Path words: English, ASCII (same note).
 */
import type { Messages } from './messages';
import { arabicCount } from './arabic-count';
import { machineAr } from './machine.ar';
import { posterAr } from './poster.ar';

const SERVICES = { one: 'خدمة واحدة', two: 'خدمتان', few: 'خدمات', other: 'خدمة' };

export const ar: Messages = {
  lang: 'ar',
  intlLocale: 'ar-u-nu-latn',
  dir: 'rtl',
  languageName: 'العربية',
  paths: {
    services: 'services',
    incidents: 'incidents',
    history: 'history',
    subscribe: 'subscribe',
    accessibility: 'accessibility',
    poster: 'poster',
    maintenance: 'maintenance',
  },

  skipToContent: 'انتقل إلى المحتوى',
  languageSwitchLabel: 'اللغة',
  exampleBanner: 'بيانات تجريبية: البلدية والأحداث في هذه الصفحة من نسج الخيال، لتوضيح طريقة عمل صفحة الحالة.',
  snapshotBanner: {
    shownAsOf: 'تُعرض المعلومات كما كانت في',
    cannotRefresh: 'لا يمكننا الحصول على معلومات أحدث في الوقت الحالي.',
  },
  lastUpdated: 'آخر تحديث',
  mainNavigationLabel: 'القائمة الرئيسية',
  overviewLink: 'حالة الخدمات',
  historyLink: 'السجل',
  accessibilityLink: 'بيان إمكانية الوصول',
  footerNote: (organisation) =>
    `تعمل صفحة الحالة الخاصة بـ${organisation} على خادم منفصل، حتى تبقى متاحة عندما لا تعمل أنظمة البلدية نفسها.`,

  status: {
    operational: 'تعمل',
    degraded: 'تعمل بشكل محدود',
    down: 'متوقفة',
    investigating: 'قيد التحقيق',
    rebuilding: 'قيد إعادة البناء',
    lost: 'لن تُستعاد',
    maintenance: 'صيانة مخطط لها',
  },
  restored: 'استُعيدت',
  phase: {
    investigating: 'نحن نتحقق',
    identified: 'السبب معروف',
    monitoring: 'نحن نتابع',
    resolved: 'انتهى',
  },
  impact: {
    none: 'لا تأثير',
    minor: 'تأثير بسيط',
    major: 'تأثير كبير',
    critical: 'تأثير كبير جدًا',
  },

  overallHeadline(state) {
    switch (state.kind) {
      case 'no-services':
        return 'لا توجد خدمات لعرضها بعد.';
      case 'all-operational':
        return 'جميع الخدمات تعمل.';
      case 'maintenance':
        return 'تجري صيانة مخطط لها.';
      case 'some-impaired':
        return 'بعض الخدمات تعمل بشكل محدود.';
      case 'one-not-working':
        return 'هناك خدمة لا تعمل الآن.';
      case 'several-not-working':
        return 'عدة خدمات لا تعمل الآن.';
    }
  },
  overallDetail(state) {
    const parts: string[] = [];
    if (state.notWorking > 0) parts.push(`${state.notWorking} من ${state.total} خدمات لا تعمل.`);
    if (state.impaired > 0) parts.push(`${arabicCount(state.impaired, SERVICES)}: تعمل بشكل محدود.`);
    if (state.maintenance > 0) parts.push(`${arabicCount(state.maintenance, SERVICES)}: صيانة مخطط لها.`);
    if (parts.length === 0 && state.total > 0) parts.push(`جميع الخدمات (${state.total}) تعمل كالمعتاد.`);
    return parts.join(' ');
  },

  activeIncidents: 'أحداث جارية',
  noActiveIncidents: 'لا توجد أحداث جارية.',
  servicesHeading: 'الخدمات',
  noServices: 'لم تُضف أي خدمات.',
  whatToDoInstead: 'ما يمكنك فعله بدلًا من ذلك',
  expectedBack: 'يُتوقع أن تعود للعمل',
  latestUpdate: 'آخر تحديث',
  nextUpdateExpected: 'التحديث القادم متوقع',
  nextUpdateOverdue: 'التحديث القادم متأخر. سننشره في أقرب وقت ممكن.',
  readMoreAbout: (title) => `اقرأ المزيد عن ${title}`,
  incidentPhaseLabel: 'الوضع',
  startedAt: 'بدأ',
  resolvedAt: 'انتهى',
  affectedServices: 'الخدمات المتأثرة',
  statusSince: 'منذ',

  contactHeading: 'التواصل مع البلدية',
  openNow: 'مفتوح الآن',
  closesAt: (time) => `يغلق الساعة ${time}`,
  closedNow: 'مغلق الآن',
  opensAt: (when) => `يفتح ${when}`,
  openAroundTheClock: 'مفتوح على مدار الساعة',
  regularHours: 'ساعات العمل',
  otherDaysClosed: 'مغلق في الأيام الأخرى.',
  temporaryHours: 'ساعات عمل مؤقتة',
  closedOn: 'مغلق',
  dateRange: (from, through) => (from === through ? from : `${from} – ${through}`),
  dayRange: (first, last) => `${first}–${last}`,

  maintenanceStatus: {
    scheduled: 'مخطط لها',
    in_progress: 'جارية',
    verifying: 'قيد التحقق',
    completed: 'انتهت',
    cancelled: 'أُلغيت',
  },
  plannedMaintenance: 'صيانة مخطط لها',
  maintenanceWindowLabel: 'الموعد',
  maintenanceWhatWillBeDone: 'ما الذي سيُنجز؟',
  maintenanceAutomatic: {
    scheduled: 'خططنا لأعمال صيانة. قد تكون الخدمات خلالها غير متاحة كليًا أو جزئيًا.',
    rescheduled: 'تغير موعد الصيانة.',
    in_progress: 'بدأت الصيانة.',
    verifying: 'انتهى العمل. نتحقق الآن من أن كل شيء يعمل.',
    completed: 'انتهت الصيانة.',
    cancelled: 'أُلغيت الصيانة.',
  },
  calendarLinkTitle: 'الصيانة المخطط لها (تقويم)',
  calendarName: (siteTitle) => `الصيانة المخطط لها – ${siteTitle}`,
  calendarDescription: (organisation) => `الصيانة المخطط لها لخدمات ${organisation}.`,
  calendarCancelled: (title) => `أُلغيت: ${title}`,
  calendarMoreInformation: 'مزيد من المعلومات',
  subscribeCalendar: {
    heading: 'تقويم الصيانة المخطط لها',
    paragraphs: [
      'أضف العنوان إلى تقويمك كتقويم مشترك (مثل Outlook أو تقويم Google أو تقويم iPhone) لترى متى نخطط لأعمال صيانة. تتحدث المواعيد الجديدة والصيانة الملغاة تلقائيًا.',
    ],
  },

  noticeQuestions: {
    whatHappened: 'ماذا حدث؟',
    affectsMe: 'هل يؤثر ذلك عليّ؟',
    whatWeAreDoing: 'ماذا نفعل؟',
    whatYouShouldDo: 'ماذا عليك أن تفعل؟',
    whoToContact: 'بمن أتواصل؟',
  },
  updateLog: 'التحديثات',
  noUpdates: 'لم يُنشر أي تحديث بعد.',
  updateHeading: (publishedAt) => `تحديث ${publishedAt}`,
  permalink: 'رابط هذا التحديث',
  corrected: (when) => `صُحح في ${when}`,
  correctionReason: 'سبب التصحيح',
  originalText: 'النص الأصلي',
  // The arrow points in the reading direction: from the old status to the new one.
  statusChange: (service, from, to) => `${service}: ${from} ← ${to}`,
  mentioned: 'يخص أيضًا',
  standaloneUpdate: 'معلومات عن الخدمات',

  serviceStatusHeading: 'الحالة الآن',
  aboutService: 'عن الخدمة',
  serviceHistory: 'التغييرات والتحديثات',
  noServiceHistory: 'لم تُنشر أي تغييرات لهذه الخدمة.',
  relatedIncidents: 'أحداث تؤثر على هذه الخدمة',

  historyTitle: 'السجل',
  historyIntro: 'جميع التحديثات المنشورة، الأحدث أولًا.',
  pageOf: (page, pages) => `الصفحة ${page} من ${pages}`,
  previousPage: 'تحديثات أحدث',
  nextPage: 'تحديثات أقدم',
  paginationLabel: 'الصفحات',
  incidentUpdate: (title) => title,

  olderTranslation: (original, updatedOn) => `هذه الترجمة أقدم من النص باللغة ${original} (حُدِّث في ${updatedOn}).`,
  missingTranslation: (original) => `هذا النص متوفر باللغة ${original} فقط.`,
  olderTranslationMark: 'ترجمة أقدم',

  subscribeLink: 'الاشتراك',
  subscribeTitle: 'الاشتراك في التحديثات',
  subscribeIntro: [
    'يمكنك الحصول على كل تحديث جديد من هذه الصفحة تلقائيًا، دون الحاجة إلى زيارتها. يتم ذلك عبر موجز (يُسمى أحيانًا RSS): عنوان يجلبه قارئ الموجزات بانتظام.',
    'تحتوي الموجزات على كل تحديث منشور مع تاريخه ووقته، والخدمات التي تغيرت حالتها، وأي تصحيحات. تُحفظ التحديثات الأقدم في أرشيفات يمكن لقارئ الموجزات جلبها، فلا يضيع شيء.',
  ],
  subscribeHowTo: {
    heading: 'طريقة الاشتراك',
    steps: [
      'اختر أدناه ما تريد متابعته: كل شيء، أو حدثًا واحدًا، أو خدمة واحدة.',
      'انسخ العنوان. على الهاتف: اضغط مطولًا على الرابط واختر «نسخ الرابط».',
      'الصق العنوان في قارئ الموجزات أو برنامج البريد الإلكتروني (مثل Thunderbird أو Outlook) حيث تجد «إضافة موجز» أو «اشتراك».',
    ],
  },
  subscribeFormats: {
    heading: 'أي صيغة أختار؟',
    paragraphs: [
      'اختر RSS إذا لم تكن متأكدًا، فكل قراء الموجزات تقريبًا يفهمونها. صيغة Atom جيدة بالقدر نفسه وأدق قليلًا في التواريخ والتصحيحات. أما JSON Feed فهي للمطورين الذين يريدون قراءة التحديثات في برامجهم.',
    ],
  },
  subscribeWholeSite: 'كل التحديثات',
  subscribeIncidents: 'حدث واحد',
  subscribeServices: 'خدمة واحدة',
  feedFormatName: { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' },
  feedDescription: (organisation) => `كل التحديثات المنشورة عن حالة الخدمات من ${organisation}.`,
  pageDescription: (organisation) =>
    `حالة خدمات ${organisation}: أي الخدمات تعمل، والأعطال الجارية، وما يمكنك فعله بدلًا من ذلك، وكيف تتواصل معنا.`,
  feedTitleFor: (subject, siteTitle) => `${subject} – ${siteTitle}`,
  feedLinkTitle: (subject, format) => `${subject} (${format})`,

  poster: posterAr,
  machine: machineAr,

  accessibilityTitle: 'بيان إمكانية الوصول',
  accessibilityStatement: ({ organisationName, reviewedOn }) => [
    {
      heading: 'عن هذا الموقع',
      paragraphs: [
        `تتولى ${organisationName} صفحة الحالة هذه. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدامها. نصف هنا كيف تستوفي الصفحة القانون السويدي بشأن إمكانية الوصول إلى الخدمات العامة الرقمية، وأوجه القصور المعروفة، وكيف يمكنك إبلاغنا بالمشكلات.`,
      ],
    },
    {
      heading: 'ما مدى سهولة الوصول إلى الموقع؟',
      paragraphs: [
        'تستوفي صفحة الحالة متطلبات إرشادات Web Content Accessibility Guidelines (WCAG) 2.1 على المستوى AA. تعمل دون JavaScript، وعلى شاشات الهواتف الضيقة، ويمكن طباعتها. تُعرض الحالة دائمًا بنص ورمز، وليس باللون وحده أبدًا.',
      ],
    },
    {
      heading: 'ماذا تفعل إذا لم تتمكن من استخدام أجزاء من الموقع؟',
      paragraphs: ['إذا احتجت إلى المعلومات بصيغة أخرى، فتواصل معنا عبر القنوات المذكورة تحت «التواصل مع البلدية» في الصفحة الرئيسية.'],
    },
    {
      heading: 'الإبلاغ عن أوجه القصور',
      paragraphs: [
        'نسعى دائمًا إلى تحسين إمكانية الوصول. إذا وجدت مشكلة غير موصوفة هنا، أو رأيت أننا لا نستوفي متطلبات القانون، فتواصل معنا حتى نعرف بوجود المشكلة.',
      ],
    },
    {
      heading: 'الرقابة',
      paragraphs: [
        'تتولى الوكالة السويدية للحكومة الرقمية (Digg) الرقابة على تطبيق القانون بشأن إمكانية الوصول إلى الخدمات العامة الرقمية. إذا لم تكن راضيًا عن طريقة تعاملنا مع ملاحظاتك، يمكنك التواصل مع Digg.',
      ],
      link: { href: 'https://www.digg.se/tdosanmalan', text: 'تقديم بلاغ إلى Digg (بالسويدية)' },
    },
    {
      heading: 'كيف اختبرنا الموقع',
      paragraphs: [
        'تُختبر كل نسخة تلقائيًا بأداة axe-core وفق WCAG 2.1 AA في متصفح حقيقي، ويُفحص HTML الصفحات بمدقق W3C. كما راجعنا الصفحات باستخدام لوحة المفاتيح وقارئ الشاشة.',
        reviewedOn ? `حُدِّث هذا البيان آخر مرة في ${reviewedOn}.` : 'لم تراجع الجهة هذا البيان بعد.',
      ],
    },
  ],

  notFoundTitle: 'الصفحة غير موجودة',
  notFoundText: 'لا توجد صفحة على هذا العنوان. ربما نُقلت، أو أن العنوان مكتوب بشكل خاطئ.',
  forbiddenTitle: 'غير مسموح',
  forbiddenText: 'ليس لحسابك صلاحية القيام بذلك.',
  forbiddenCsrfText: 'تعذّر التحقق من النموذج (لم يأتِ من صفحة الحالة). أعد تحميل الصفحة وحاول مرة أخرى.',
  badRequestTitle: 'عنوان غير صالح',
  badRequestText: 'يحتوي العنوان على شيء لا يمكننا فهمه، مثل رقم صفحة غير صالح.',
  serverErrorTitle: 'حدث خطأ ما',
  serverErrorText: (requestId) =>
    `تعذّر عرض الصفحة الآن. حاول مرة أخرى بعد قليل. إذا استمر الخطأ، فاذكر رمز الخطأ ${requestId}.`,
  badBodyTitle: 'تعذّرت قراءة النموذج',
  badBodyText: 'كان ما أُرسل ناقصًا أو غير سليم البنية، لذلك لم يُحفظ شيء. ارجع، وأعد تحميل الصفحة، ثم أرسله مرة أخرى.',
  unavailableTitle: 'غير متاحة مؤقتًا',
  unavailableText: 'تعذّر على صفحة الحالة قراءة بياناتها الآن. حاول مرة أخرى بعد بضع ثوانٍ.',
  backToOverview: 'العودة إلى حالة الخدمات',
};
