/** Arabic. Review first: the CAP `event` words (the same for every message of their kind) and `capParagraphs`. */
import type { MachineWords } from './machine';

export const machineAr: MachineWords = {
  cap: {
    event: { incident: 'عطل في الخدمات', maintenance: 'صيانة مخطط لها', service: 'تغير حالة الخدمة' },
    correctionNote: (reason) => (reason ? `تصحيح: ${reason}` : 'تصحيح لرسالة سابقة.'),
    serviceInstruction: (service, text) => `${service}: ${text}`,
    indexTitle: (siteTitle) => `رسائل CAP – ${siteTitle}`,
    indexSubtitle: (organisation) => `كل تحديث منشور عن حالة الخدمات من ${organisation} كرسالة CAP 1.2.`,
  },
  embed: {
    link: (organisation) => `حالة خدمات ${organisation}`,
  },
  subscribe: {
    heading: 'للجهات الرسمية وغرف الأخبار والمواقع الأخرى',
    intro: 'المعلومات نفسها متاحة بصيغ يمكن للأنظمة الأخرى قراءتها وللمواقع الأخرى عرضها.',
    capHeading: 'رسائل التنبيه بصيغة CAP',
    capParagraphs: [
      'كل تحديث منشور متاح أيضًا كرسالة CAP 1.2 (Common Alerting Protocol)، وهي الصيغة المعتمدة للتحذيرات والرسائل المهمة إلى الجمهور. الرسائل متاحة بالسويدية وباللغات الأخرى التي ننشر بها.',
      'الفهرس أدناه موجز Atom فيه رابط إلى كل رسالة. تشير المتابعات والتصحيحات إلى الرسائل السابقة عن الحدث نفسه، وعندما ينتهي الحدث تقول الرسالة الأخيرة ذلك.',
    ],
    capIndexLabel: 'فهرس رسائل CAP (Atom)',
    badgeHeading: 'شارة الحالة',
    badgeParagraphs: [
      'صورة صغيرة (SVG) تعرض الوضع الحالي بالكلمات، مع رمز ولون. توجد شارة للصفحة كلها ولكل خدمة: أضف ‎/badge.svg‎ بعد عنوان صفحة الخدمة.',
      'اكتب نصًا بديلًا عند عرض الصورة، على سبيل المثال:',
    ],
    badgeAlt: (organisation) => `حالة خدمات ${organisation}`,
    embedHeading: 'الوضع الحالي لتضمينه في موقع آخر',
    embedParagraphs: [
      'الوضع الحالي في مربع صغير، دون JavaScript ودون ملفات تعريف الارتباط. يفتح الرابط في المربع صفحة الحالة كاملة. الصق الرمز حيث تريد أن يظهر المربع:',
    ],
    embedTitle: (organisation) => `حالة خدمات ${organisation}`,
  },
};
