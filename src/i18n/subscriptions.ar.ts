/**
 * Arabic, written by the issue 17 engineer so the interface could grow to every language (the
 * subscriptions' author owns the wording). Review first: the privacy paragraphs and the mails.
 */
import type { SubscriptionWords } from './subscriptions';

export const subscriptionsAr: SubscriptionWords = {
  paths: { confirm: 'confirm', manage: 'manage', unsubscribe: 'unsubscribe' },

  formHeading: 'تلقَّ رسالة بريد إلكتروني عندما يحدث شيء',
  formIntro: 'اكتب عنوان بريدك الإلكتروني وسنرسل إليك رسالة كلما نشرنا تحديثًا عمّا تتابعه. تؤكد أولًا برابط في رسالة، ويمكنك التوقف متى شئت.',
  emailLabel: 'عنوان البريد الإلكتروني',
  emailHint: 'مثلًا name@example.se',
  followLegend: 'ماذا تريد أن تتابع؟',
  followEverything: 'كل التحديثات',
  followServices: 'الخدمات التي أختارها فقط',
  followIncident: (title) => `الحدث «${title}» فقط`,
  languageLabel: 'لغة الرسائل',
  submit: 'اشترك',
  followThisHeading: 'تابع عبر البريد الإلكتروني',
  followThisService: 'تلقَّ رسائل عن هذه الخدمة',
  followThisIncident: 'تلقَّ رسائل عن هذا الحدث',
  unavailable: 'الاشتراك بالبريد الإلكتروني غير متاح في هذا الموقع حاليًا. يمكنك متابعة التحديثات عبر الموجزات أدناه.',

  privacyHeading: 'ما نحتفظ به عنك',
  privacy: [
    'نحتفظ فقط بعنوان بريدك الإلكتروني، وما اخترت متابعته، ولغة رسائلك، ووقت اشتراكك ووقت تأكيدك. لا نحتفظ باسمك ولا بعنوان IP الخاص بك، ونستخدم العنوان لهذه الرسائل فقط.',
    'يُحذف العنوان الذي لا يُؤكَّد خلال 48 ساعة. إذا تعذّر تسليم الرسائل إلى العنوان، نتوقف عن الإرسال ونحذفه بعد 30 يومًا.',
    'في كل رسالة رابط لتغيير الاشتراك أو إنهائه. عندما تنهيه يُحذف العنوان فورًا.',
  ],

  errorSummary: 'تعذّر إرسال النموذج',
  invalidEmail: 'اكتب عنوان بريد إلكتروني، مثلًا name@example.se.',
  noServicesChosen: 'اختر خدمة واحدة على الأقل، أو اختر «كل التحديثات».',
  unknownChoice: 'ما أردت متابعته لم يعد موجودًا. اختر شيئًا آخر.',
  tooManyTitle: 'محاولات كثيرة جدًا',
  tooMany: 'تلقينا اشتراكات كثيرة في وقت قصير. انتظر ساعة وحاول مرة أخرى.',

  checkMailTitle: 'تحقق من بريدك الإلكتروني',
  checkMail: [
    'إذا كان العنوان يستقبل البريد، فهناك رسالة فيها رابط في طريقها إليه. افتح الرابط خلال 48 ساعة للتأكيد.',
    'لن نرسل شيئًا آخر حتى تؤكد. لم تصلك رسالة؟ انظر في مجلد الرسائل غير المرغوب فيها.',
  ],

  confirmTitle: 'أكّد اشتراكك',
  confirmText: 'اضغط الزر لتبدأ في تلقي رسائل عن التحديثات.',
  confirmButton: 'تأكيد الاشتراك',
  confirmedTitle: 'تم – أنت مشترك',
  confirmed: 'ستصلك رسالة في المرة القادمة التي ننشر فيها تحديثًا عمّا تتابعه. في كل رسالة رابط لتغيير الاشتراك أو إنهائه.',

  linkInvalidTitle: 'الرابط لا يعمل',
  linkInvalid: 'الرابط قديم جدًا، أو استُخدم من قبل لإنهاء الاشتراك، أو غير مكتمل. اشترك من جديد في صفحة الاشتراك إذا أردت رسائل.',

  manageTitle: 'اشتراكك',
  manageIntro: (email) => `هنا تغيّر ما يتلقى عنه ${email} رسائل.`,
  saveButton: 'حفظ التغييرات',
  saved: 'حُفظت التغييرات.',
  endHeading: 'إيقاف الرسائل',
  endText: 'يُحذف العنوان فورًا ولن تصلك رسائل أخرى.',
  endButton: 'إنهاء الاشتراك',
  endedTitle: 'انتهى الاشتراك',
  ended: 'حذفنا العنوان ولن نرسل رسائل أخرى.',

  unsubscribeTitle: 'إنهاء الاشتراك',
  unsubscribeText: 'اضغط الزر لإيقاف الرسائل. يُحذف العنوان فورًا.',

  mail: {
    confirmSubject: (organisation) => `أكّد أنك تريد رسائل من ${organisation}`,
    confirmIntro: (organisation) => `طلب شخص ما، ونأمل أن يكون أنت، إرسال رسائل عن حالة خدمات ${organisation} إلى هذا العنوان.`,
    confirmAction: 'افتح الرابط واضغط الزر للتأكيد:',
    confirmExpiry: 'يعمل الرابط لمدة 48 ساعة.',
    notYou: 'لم تكن أنت؟ لا تفعل شيئًا: دون تأكيد لن نرسل شيئًا آخر، ويُحذف العنوان بعد 48 ساعة.',
    alreadySubject: (organisation) => `اشتراكك لدى ${organisation}`,
    alreadyIntro: (organisation) =>
      `طلب شخص ما إرسال رسائل عن حالة خدمات ${organisation} إلى هذا العنوان. أنت مشترك بالفعل، لذلك لم يتغير شيء.`,
    alreadyAction: 'هل تريد تغيير ما تتلقى عنه رسائل، أو التوقف؟ افتح الرابط:',
    updateSubject: (subject, organisation) => `${subject} – ${organisation}`,
    statusChanges: 'تغيرت الحالة',
    instead: 'ما يمكنك فعله بدلًا من ذلك',
    whatYouShouldDo: 'ماذا عليك أن تفعل؟',
    readMore: 'اقرأ المزيد وشاهد التحديثات السابقة:',
    manage: 'غيّر ما تتلقى عنه رسائل:',
    unsubscribe: 'إنهاء الاشتراك:',
    why: (organisation) => `تصلك هذه الرسالة لأنك مشترك في حالة خدمات ${organisation}.`,
  },
};
