// A page's buttons as a copy of the page prints them, one to a line: share
// (on a network), copy the link, print, save, comment, listen, read later,
// in the languages of the stopword lists' largest users. Only a whole line
// counts, so a headline that says "share" is no button.

const BUTTON_WORDS = [
  'share', 'compartir', 'partager', 'teilen', 'condividi', 'compartilhar', 'partilhar', 'delen', 'dela', 'del', 'udostępnij', 'paylaş', 'поделиться', 'поширити', 'مشاركة', 'شارك', '分享', '共有', 'シェア', '공유하기', '공유',
  'sdílet', 'zdieľať', 'megosztás', 'distribuie', 'bagikan', 'κοινοποίηση', 'chia sẻ', 'dele', 'jaa', 'شیئر کریں', 'शेयर करें', 'শেয়ার করুন', 'שתפו', 'اشتراک‌?گذاری', 'გაზიარება', 'ბმულის კოპირება',
  'kopiuj link', 'kopírovat odkaz', 'link másolása', 'copiază linkul', 'salin link', 'kopier lenke', 'kopiera länk', 'kopioi linkki', 'লিংক কপি করুন', 'लिंक कॉपी करें', 'لنک کاپی کریں',
  'skomentuj', 'komentarze', 'komentáře', 'hozzászólások', 'comentarii', 'komentar', 'lihat foto', 'view (?:photo|gallery)',
  'copy link', 'copiar enlace', 'copiar link', 'copier le lien', 'link kopieren', 'copia link', 'link kopiëren', 'скопировать ссылку', 'نسخ الرابط', '复制链接', 'リンクをコピー',
  // Sending the page by mail: "Envoyer par e-mail", "Per E-Mail senden", "Send by email".
  'envoyer', 'send', 'enviar', 'invia', 'versturen', 'отправить',
  'print', 'imprimir', 'imprimer', 'drucken', 'stampa', 'printen', 'печать', 'طباعة', '打印', '印刷',
  'save', 'guardar', 'sauvegarder', 'enregistrer', 'merken', 'speichern', 'salva', 'salvar', 'opslaan', 'сохранить', 'حفظ', '收藏', '保存',
  'comments', 'comentarios', 'commentaires', 'kommentare', 'commenti', 'comentários', 'reacties', 'комментарии', 'التعليقات', '评论', 'コメント',
  'share (?:full |this )?(?:article|story|page)', 'listen to (?:this )?article(?:\\s*[·•|-]\\s*\\d{1,2}:\\d{2}\\s*min(?:\\s+learn more)?)?', 'artikel anhören', 'écouter', 'anhören', 'escuchar', 'ascolta', 'ouvir', 'luisteren', 'слушать статью', 'écouter (?:cet |l\'|l’)?article', 'escuchar (?:el )?artículo', 'ascolta (?:l\'|l’)?articolo', 'ouvir (?:a )?(?:matéria|notícia)', 'artikel voorlezen', 'слушать',
  'follow', 'suivre', 'folgen', 'seguir', 'segui', 'volgen', 'подписаться', 'متابعة', '关注', 'フォロー', '팔로우', 'скопіювати посилання', 'چاپ',
  'zur merkliste hinzufügen', 'merkliste', 'add to (?:my )?list', 'bookmark', 'x\\.com',
  // A page's links about the article itself: "Reuse this content", "Report an error", "Licensing".
  'reuse this content', 'report an? (?:error|correction|typo)', 'suggest a correction', 'licens(?:ing|e this (?:article|content))',
  // A gallery's or a story list's arrows: "Prev Next", "« Précédent", "Weiter".
  '(?:«\\s*)?(?:prev|previous|précédent|vorige|zurück|anterior|precedente)(?:\\s*[|/]?\\s*(?:next|suivant|nächste|weiter|siguiente|próximo|successivo|volgende)(?:\\s*»)?)?', '(?:next|suivant|nächste|weiter|siguiente|próximo|successivo|volgende)(?:\\s*»)?',
  // A newsletter's: "Like", "Comment", "Restack", "Get the app", "Start writing", "Unsubscribe".
  'like', 'comment', 'restack', 'gift', 'link', 'share this story', 'get the app', 'start writing', 'unsubscribe', 'upgrade to paid', 'subscribe now', 'leave a comment',
  // A consent banner's: "Accept all", "Manage preferences", "Przejdź do serwisu", "Alle akzeptieren".
  'accept(?: all| cookies| and close)?', 'reject all', 'decline', 'manage (?:preferences|cookies|options|settings)', 'cookie settings', 'i agree', 'agree', 'ok,? got it', 'got it',
  'tout accepter', 'accepter(?: et fermer)?', 'tout refuser', 'continuer sans accepter', 'paramétrer les cookies', 'alle akzeptieren', 'akzeptieren', 'alle ablehnen', 'ablehnen', 'einstellungen',
  'aceptar(?: todo| todas| y cerrar)?', 'rechazar(?: todo)?', 'aceitar(?: todos)?', 'rejeitar', 'prosseguir', 'accetta(?: tutto| e chiudi)?', 'rifiuta(?: tutto)?', 'alles accepteren', 'accepteren', 'weigeren',
  'przejdź do serwisu', 'akceptuję', 'zgadzam się', 'odrzuć', 'принять(?: все)?', 'согласен', 'отклонить',
  // A live page's: "Refresh for latest updates", "Auto-update: ON", "Load more updates".
  'refresh(?: for (?:the )?latest(?: updates)?)?', 'auto-?updates?(?:\s*[:：]?\s*(?:on|off))?', 'load more(?: updates| posts| entries| stories)?', 'show more updates',
  // A photo's: "View full screen", "Voir en plein écran", "Vollbild", "Agrandir".
  'view (?:in )?full ?screen', 'full ?screen', 'enlarge(?: (?:image|photo))?', 'expand(?: (?:image|photo))?', 'voir en plein écran', 'plein écran', 'agrandir(?: l[\'’]image)?', 'vollbild(?: anzeigen)?', 'bild vergrößern', 'ver en pantalla completa', 'pantalla completa', 'ampliar(?: (?:imagen|foto))?', 'tela cheia', 'schermo intero', 'ingrandisci', 'volledig scherm', 'на весь экран', 'увеличить',
  // A read-later app's link back to the page: "View Original", "Open original".
  '(?:view|open|see) (?:the )?original(?: article| page)?', 'ver (?:el )?original', 'voir l[\'’]original', 'original ansehen',
  'read later', 'lire plus tard', 'später lesen', 'leer más tarde', 'leggi dopo', 'offrir (?:l\'|l’)?article', 'artikel verschenken', 'regalar (?:el )?artículo',
].join('|').normalize('NFC');
const NETWORKS = 'facebook|facebooku|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|email|e-mail|correo|messenger|bluesky|threads|vk|weibo|wechat|微信|微博|line';
// "Compartir en Whatsapp", "Share on Facebook", "Partager sur X", "Auf Facebook teilen", "Condividi su WhatsApp".
// A reading or listening time may follow in brackets ("Artikel anhören (3 Minuten)"), or a count ("share2", "Comments 48").
// A network's name alone on its line is its share button too ("Facebook" / "WhatsApp" / "Copiar link"); not "X" or
// "Line", which a line may be as a word.
const NETWORKS_ALONE = NETWORKS.split('|').filter((network) => network !== 'x' && network !== 'line').join('|');
const BUTTON = new RegExp(String.raw`^(?:(?:${BUTTON_WORDS})(?:\s+(?:on|via|with|by|en|a|sur|par|per|por|su|em|no|op|na|pe|på|di|ke|в|по|في|到)\s*(?:${NETWORKS}))?|(?:auf|per)\s+(?:${NETWORKS})\s+teilen|(?:${NETWORKS_ALONE}))\s*[:：]?(?:\s*\d{1,5}|\s*\([^()]{1,20}\))?$`, 'iu');

// Compared in NFC, so that Bengali's য় matches however it was typed.
/** Whether a line is one of a page's buttons ("Compartir en Whatsapp", "Artikel anhören (3 Minuten)", "分享"). */
export const isPageButton = (line: string): boolean => BUTTON.test(line.normalize('NFC'));

// A row of buttons in brackets, as a dump prints them: "[シェア] [ポスト] [ブックマーク]", "【字号 大 中 小】【打印】【关闭】";
// or a share label over the networks: "分享到：微信 微博 QQ空间", "Share on: Facebook Twitter".
const BRACKETED_ROW = /^(?:[【\[［][^【】\[\]［］]{1,12}[】\]］]\s*){2,}$/u;
const SHARE_TO = new RegExp(String.raw`^(?:分享到|分享|转发到|シェアする|Share(?: (?:on|this|via))?|Partager(?: sur)?|Teilen(?: auf)?|Compartir(?: en)?|Condividi(?: su)?|Compartilhar)\s*[:：]\s*(?:(?:${NETWORKS}|qq空间|qq|豆瓣|人人网|朋友圈)\s*){1,8}$`, 'iu');

/** Whether a line is a row of a page's buttons ("[シェア] [ポスト]", "分享到：微信 微博"). */
export const isButtonRow = (line: string): boolean => BRACKETED_ROW.test(line.trim()) || SHARE_TO.test(line.trim());
