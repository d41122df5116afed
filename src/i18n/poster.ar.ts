/** Arabic. Review first: the counts in `moreAffected` / `moreContacts` (number agreement) and `contactsToday`. */
import { arabicCount } from './arabic-count';
import type { PosterWords } from './poster';

export const posterAr: PosterWords = {
  link: 'طباعة ملصق',
  title: 'ملصق للطباعة',
  screenIntro:
    'اطبع هذه الصفحة وعلّقها على لوحة إعلانات أو في مكتب استقبال أو في واجهة متجر. تتسع لورقة واحدة بحجم A4. اختر «طباعة» في المتصفح (Ctrl+P، وعلى Mac ‏⌘+P).',
  plainTextLink: 'المعلومات نفسها كنص عادي، لقراءتها بصوت عالٍ أو لصقها في الرسائل النصية ووسائل التواصل الاجتماعي',
  affectedHeading: 'ما لا يعمل كالمعتاد',
  moreAffected: (count) =>
    `… و${arabicCount(count, { one: 'خدمة واحدة', two: 'خدمتان', few: 'خدمات', other: 'خدمة' })} أخرى. راجع صفحة الحالة.`,
  moreContacts: (count) =>
    `… و${arabicCount(count, { one: 'وسيلة تواصل واحدة', two: 'وسيلتا تواصل', few: 'وسائل تواصل', other: 'وسيلة تواصل' })} أخرى في صفحة الحالة.`,
  contactsToday: (date) => `يمكنك التواصل هنا اليوم، ${date}`,
  openToday: (hours) => `اليوم ${hours}`,
  closedToday: 'مغلق اليوم',
  qrLabel: 'رمز QR يحتوي على عنوان صفحة الحالة',
  qrCaption: 'أحدث المعلومات موجودة دائمًا في صفحة الحالة:',
  printedAt: 'طُبع في',
  exampleMarker: 'بيانات تجريبية – البلدية والأحداث من نسج الخيال.',
  moreAt: (url) => `المزيد على ${url}`,
};
