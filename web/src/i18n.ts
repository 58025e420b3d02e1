// UI labels in Arabic and English. Article content is always shown right to
// left; the chrome follows the chosen language.
import { createContext, useContext } from 'react';

export type Lang = 'ar' | 'en';

const LABELS = {
  appName: { ar: 'رصد', en: 'rasd' },
  tagline: { ar: 'الأخبار العربية: من قال ماذا، ومن فعل ماذا بمن، ومتى وأين', en: 'Arabic news: who said what, who did what to whom, when and where' },
  search: { ar: 'بحث', en: 'Search' },
  map: { ar: 'الخريطة', en: 'Map' },
  relations: { ar: 'العلاقات', en: 'Relations' },
  searchPlaceholder: { ar: 'ابحث بالعربية أو بالإنجليزية: موسكو، الشرع، Putin …', en: 'Search in Arabic or English: موسكو, الشرع, Putin …' },
  source: { ar: 'المصدر', en: 'Source' },
  from: { ar: 'من', en: 'From' },
  to: { ar: 'إلى', en: 'To' },
  entity: { ar: 'الكيان', en: 'Entity' },
  eventType: { ar: 'نوع الحدث', en: 'Event type' },
  any: { ar: 'الكل', en: 'Any' },
  results: { ar: 'نتيجة', en: 'results' },
  noResults: { ar: 'لا نتائج. جرّب كلمة أخرى أو وسّع نطاق التاريخ، أو أضف مقالات بالأمر rasd ingest.', en: 'No results. Try another word or a wider date range, or add articles with rasd ingest.' },
  emptyStore: { ar: 'المخزن فارغ. أضف مقالات بالأمر: npx rasd ingest مجلد_المقالات', en: 'The store is empty. Add articles with: npx rasd ingest ARTICLES_FOLDER' },
  loading: { ar: 'جارٍ التحميل…', en: 'Loading…' },
  error: { ar: 'تعذّر الاتصال بالخادم. تأكد أن rasd serve يعمل ثم أعد المحاولة.', en: 'Could not reach the server. Check that rasd serve is running, then retry.' },
  retry: { ar: 'أعد المحاولة', en: 'Retry' },
  notFound: { ar: 'لا يوجد في المخزن ما يشير إليه هذا الرابط: ربما الرقم خاطئ أو أُعيد بناء المخزن. ابدأ من البحث.', en: 'Nothing in the store matches this link: the number may be wrong, or the store was rebuilt. Start from the search.' },
  refused: { ar: 'رفض الخادم هذا الطلب. صحّح الرابط أو المدخلات ثم أعد المحاولة.', en: 'The server refused this request. Correct the link or the input, then retry.' },
  backToSearch: { ar: 'إلى البحث', en: 'Go to search' },
  pastLastPage: { ar: 'لا نتائج في هذه الصفحة: إنها بعد الصفحة الأخيرة.', en: 'No results on this page: it is past the last one.' },
  firstPage: { ar: 'الصفحة الأولى', en: 'First page' },
  entitiesNamed: { ar: 'كيانات بهذا الاسم', en: 'Entities with this name' },
  previous: { ar: 'السابق', en: 'Previous' },
  next: { ar: 'التالي', en: 'Next' },
  entities: { ar: 'الكيانات', en: 'Entities' },
  quotes: { ar: 'الأقوال', en: 'Quotes' },
  events: { ar: 'الأحداث', en: 'Events' },
  times: { ar: 'التواريخ', en: 'Times' },
  places: { ar: 'الأماكن', en: 'Places' },
  saidBy: { ar: 'قالها', en: 'Said by' },
  anonymous: { ar: 'مصدر غير مسمى', en: 'unnamed source' },
  untitled: { ar: 'مقال بلا عنوان', en: 'Untitled article' },
  openSource: { ar: 'المقال الأصلي', en: 'Original article' },
  sameStory: { ar: 'مقالات من القصة نفسها', en: 'Articles of the same story' },
  mentionsOverTime: { ar: 'الإشارات عبر الزمن', en: 'Mentions over time' },
  network: { ar: 'شبكة الكيانات المتزامنة', en: 'Co-occurring entities' },
  asSource: { ar: 'أحداث هو فاعلها', en: 'Events as source' },
  asTarget: { ar: 'أحداث هو مفعولها', en: 'Events as target' },
  articles: { ar: 'مقالات', en: 'articles' },
  article: { ar: 'مقال', en: 'article' },
  country: { ar: 'البلد', en: 'Country' },
  actor: { ar: 'رمز الفاعل', en: 'Actor code' },
  type: { ar: 'النوع', en: 'Type' },
  pickActors: { ar: 'اختر طرفين (مثلا روسيا وسوريا) لرؤية الأحداث بينهما عبر الزمن', en: 'Pick two actors (e.g. Russia and Syria) to see the events between them over time' },
  actorA: { ar: 'الطرف الأول', en: 'First actor' },
  actorB: { ar: 'الطرف الثاني', en: 'Second actor' },
  interval: { ar: 'الفترة', en: 'Interval' },
  day: { ar: 'يوم', en: 'Day' },
  week: { ar: 'أسبوع', en: 'Week' },
  month: { ar: 'شهر', en: 'Month' },
  show: { ar: 'اعرض', en: 'Show' },
  goldsteinMean: { ar: 'متوسط مقياس غولدستين', en: 'Mean Goldstein' },
  evidence: { ar: 'الأدلة', en: 'Evidence' },
  clickBar: { ar: 'انقر على فترة لعرض الجمل التي تستند إليها', en: 'Click a period to see the sentences behind it' },
  noEvents: { ar: 'لا أحداث بين هذين الطرفين في هذه الفترة.', en: 'No events between these two actors in this range.' },
  mapHint: { ar: 'الدوائر: الأماكن المذكورة وعدد المقالات؛ صفِّ حسب التاريخ ونوع الحدث', en: 'Circles: places mentioned, sized by articles; filter by date and event type' },
  language: { ar: 'English', en: 'العربية' },
  modality: { ar: 'الصيغة', en: 'Modality' },
  fallback: { ar: 'قراءة احتياطية', en: 'fallback reading' },
  direct: { ar: 'مباشر', en: 'direct' },
  via: { ar: 'عبر', en: 'via' },
} as const;

export type LabelKey = keyof typeof LABELS;

export const LangContext = createContext<Lang>('ar');

export function useT(): (key: LabelKey) => string {
  const lang = useContext(LangContext);
  return (key) => LABELS[key][lang];
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** "1 article", "3 articles": a count with the label in the number it takes. */
export function articleCount(n: number, t: (key: LabelKey) => string): string {
  return `${n.toLocaleString()} ${n === 1 ? t('article') : t('articles')}`;
}
