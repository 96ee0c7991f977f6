// The labels a page prints before its dates, in the languages newsrooms
// publish in: one list, read by the date line reader (find-date.ts) and by
// the header's "Published"/"Updated" lines (header-lines.ts). Each entry is
// a regular expression source, matched case-insensitively as a whole word.

/** The labels of the date an article was first published. */
export const PUBLISHED_LABELS: readonly string[] = [
  'published', 'first published', 'originally published', 'posted',
  'publiée?', 'veröffentlicht', 'erschienen', 'publicad[oa]', 'pubblicat[oa]', 'gepubliceerd', 'geplaatst',
  'publicerad', 'publisert', 'publiceret', 'udgivet', 'julkaistu',
  'opublikowano', 'publikováno', 'zveřejněno', 'publicat', 'közzétéve', 'yayınlanma(?: tarihi)?', 'yayın tarihi', 'oluşturulma(?: tarihi)?', 'giriş(?: tarihi)?',
  'publikované', 'objavljeno', 'objavljen[oa]?', 'објављено', 'публикувано', 'imechapishwa', 'ilichapishwa',
  'δημοσίευση', 'δημοσιεύθηκε', 'diterbitkan', 'dipublikasikan', 'đăng',
  'опубликовано', 'опубліковано', 'פורסם', 'نشر في', 'نُشر', 'प्रकाशित',
  '发布时间', '發佈時間', '发布', '發佈', '公開日', '配信日時', '입력',
];

/** The labels of the date it was last changed. */
export const UPDATED_LABELS: readonly string[] = [
  'updated', 'last updated', 'last modified', 'modified',
  'mis à jour', 'modifié', 'aktualisiert', 'zuletzt aktualisiert', 'actualizad[oa]', 'atualizad[oa]',
  'aggiornat[oa]', 'ultimo aggiornamento', 'modifica', 'bijgewerkt', 'laatst bijgewerkt', 'aangepast',
  'uppdaterad', 'oppdatert', 'opdateret', 'päivitetty',
  'aktualizacja', 'zaktualizowano', 'aktualizováno', 'aktualizace', 'actualizat', 'frissítve', 'güncelleme(?: tarihi)?', 'güncellenme(?: tarihi)?',
  'actualitzat', 'aktualizované', 'ažurirano', 'ажурирано', 'актуализирано', 'обновено', 'imesasishwa',
  'ενημέρωση', 'ενημερώθηκε', 'diperbarui', 'cập nhật',
  'обновлено', 'изменено', 'оновлено', 'עודכן', 'آخر تحديث', 'تحديث', 'अपडेट',
  '更新時間', '更新时间', '更新日', '更新', '최종수정', '수정', '업데이트',
];

/** The little word for "on" or "at" between a label and its date ("Published on", "Publié le", "Veröffentlicht am"). */
export const LABEL_LINKS: readonly string[] = ['on', 'at', 'le', 'am', 'el', 'em', 'il', 'op', 'den', 'в'];
