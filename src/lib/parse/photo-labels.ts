// The label a page prints before a photo credit, in the languages newsrooms publish in: "Photo: X",
// "Foto: X", "Снимка: X", "צילום: X", "Ảnh: X", "PICHA | X". One list, read by the credit line reader
// and by the caption that ends in its credit (header-lines.ts), and by the caption a dump wrapped
// inside its credit (parse-article.ts). Each entry is a regular expression source, written as pages
// capitalise it at the start of a credit.
export const PHOTO_LABELS: readonly string[] = [
  'Photograph', 'Photo', 'Photos', 'Picture', 'Image', 'Illustration', 'Credit', 'Photo credit',
  'Crédit photo', 'Crédit', 'Foto', 'Fotos', 'Bild', 'Beeld', 'Fotografía', 'Fotografia', 'Imagen', 'Imagem', 'Crédito',
  'Zdjęcie', 'Fot\\.', 'Snímek', 'Fotó', 'Kép', 'Fotoğraf', 'Kuva', 'Ảnh', 'Picha', 'PICHA', 'Larawan', 'Gambar',
  'Фото', 'Снимка', 'Снимак', 'Світлина', 'Фотографија', 'Φωτογραφία', 'ფოტო', 'Լուսանկար',
  'צילום', 'تصوير', 'الصورة', 'صورة', 'عکس', 'تصویر', 'फोटो', 'तस्वीर', 'ছবি', 'படம்', 'ภาพ',
  '写真', '撮影', '图', '圖', '摄影', '攝影', '사진',
];

/** The labels as one alternation, longest first, so that "Photograph" is not read as "Photo". */
export const PHOTO_LABEL = [...PHOTO_LABELS].sort((a, b) => b.length - a.length).join('|');
