// What pages print before links to other stories, in the languages
// newsrooms publish in: one list, read by the saved-page reader (a heading
// of what follows an article, page-units.ts), by the footer of any file
// (footer-chrome.ts) and by the links between paragraphs (inline-chrome.ts).
// Each entry is a regular expression source, matched case-insensitively.

/** "Read also" and its like: the label of one link ("Lire aussi : …") or the heading of a few. */
export const READ_ALSO_LABELS: readonly string[] = [
  'read also', 'see also', 'read more', 'also read',
  'lire aussi', 'à lire aussi', 'voir aussi', 'lesen sie auch', 'mehr zum thema', 'auch interessant',
  'lee también', 'leer más', 'ver también', 'leia também', 'leia mais', 'veja também', 'leggi anche', 'lees ook',
  'czytaj (?:także|też|również)', 'zobacz (?:także|też|również)', 'čtěte (?:také|též|rovněž)', 'přečtěte si (?:také|též)', 'čítajte (?:aj|tiež)', 'prečítajte si (?:aj|tiež)',
  'kapcsolódó(?: cikk)?', 'olvassa el ezt is', 'citește și', 'citeşte şi', 'vezi și', 'vezi şi',
  'les også', 'läs också', 'læs også', 'lue myös',
  'διαβάστε (?:επίσης|ακόμα|ακόμη)', 'ayrıca oku', 'ilgili haber', 'đọc thêm', 'xem thêm',
  'baca juga', 'simak juga', 'lihat juga', 'basahin din', 'soma (?:pia|zaidi)',
  'pročitajte (?:i|još)', 'прочитајте (?:и|још)', 'прочетете (?:още|също)', 'llegiu també', 'llegeix també',
  'читайте также', 'смотрите также', 'читайте також', 'читайте ще',
  'اقرأ (?:أيضا|أيضاً|ايضا|ايضاً)', 'یہ بھی پڑھیے', 'یہ بھی پڑھیں', 'یہ بھی پڑھیئے', 'همچنین بخوانید', 'קראו (?:גם|עוד)',
  'यह भी पढ़ें', 'ये भी पढ़ें', 'আরও পড়ুন', 'আরো পড়ুন', 'இதையும் படிக்க', 'இதையும் படிங்க', 'ಇದನ್ನೂ ಓದಿ', 'ఇది కూడా చదవండి', 'ഇതും വായിക്കുക',
  'ასევე წაიკითხეთ', 'կարդացեք նաև',
  '延伸閱讀', '延伸阅读', '推荐阅读', 'あわせて読みたい', '함께 보면 좋은 기사', '더 읽기',
];

/** Headings of what a page puts after an article, never inside it: related stories, most read. */
export const AFTER_ARTICLE_HEADINGS: readonly string[] = [
  'related(?: coverage| stories| articles| topics| content)?', 'more (?:stories|from|on|about|in|news)', 'most (?:read|popular|viewed|shared)', 'you may also like', 'recommended(?: for you)?', 'trending', 'top stories',
  'auch auf', 'meistgelesen', 'das könnte sie auch interessieren',
  'sur le même sujet', 'les plus lus', 'dans la même rubrique',
  'también te puede interesar', 'más leídas', 'noticias relacionadas', 'mais lidas', 'notícias relacionadas',
  'i più letti', 'meest gelezen',
  'powiązane (?:artykuły|tematy|treści)', 'najczęściej czytane', 'najpopularniejsze', 'související (?:články|zprávy|témata)', 'další články', 'nejčtenější', 'najčítanejšie',
  'kapcsolódó cikkek', 'legolvasottabb(?: cikkek)?', 'legnépszerűbb', 'articole similare', 'cele mai citite', 'știri similare',
  'relaterte (?:saker|artikler)', 'mest lest', 'relaterade artiklar', 'mest läst', 'relaterede artikler', 'mest læste', 'luetuimmat', 'aiheesta muualla',
  'σχετικά (?:άρθρα|θέματα|νέα)', 'δημοφιλή', 'ilgili haberler', 'en çok okunanlar', 'tin liên quan', 'đọc nhiều',
  'berita terkait', 'artikel terkait', 'baca berikutnya', 'terpopuler', 'berita terpopuler', 'habari zinazohusiana',
  'povezane vijesti', 'povezani članci', 'najčitanije', 'повезане вести', 'најчитаније', 'свързани новини', 'най-четени', 'notícies relacionades', 'més llegides',
  'новости по теме', 'популярное', 'самое читаемое',
  'مواضيع ذات صلة', 'الأكثر قراءة', 'الأكثر تصفحا', 'أخبار ذات صلة', 'اسی بارے میں', 'سب سے زیادہ پڑھی جانے والی', 'مطالب مرتبط', 'כתבות נוספות',
  'संबंधित खबरें', 'सबसे ज्यादा पढ़ी गई', 'সম্পর্কিত খবর', 'সর্বাধিক পঠিত',
  'เรื่องที่เกี่ยวข้อง', '相关新闻', '相關新聞', '相关阅读', '相關閱讀', '相关文章', '相關文章', '热门推荐', '熱門新聞', '関連記事', '関連ニュース', 'アクセスランキング',
  '관련 ?기사', '많이 본 뉴스', '인기 기사',
];

/** Both: what heads links to other stories at the end of a file. */
export const RELATED_HEADINGS: readonly string[] = [...READ_ALSO_LABELS, ...AFTER_ARTICLE_HEADINGS];
