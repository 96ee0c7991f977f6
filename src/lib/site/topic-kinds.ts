/** The kinds of topic that have pages: `/tags/…`, `/places/…`, … */
export const TOPIC_KINDS = ['tags', 'places', 'people', 'organisations'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** How each kind of topic is named on pages: singular and plural. */
export const TOPIC_LABELS: Record<TopicKind, { one: string; many: string }> = {
  tags: { one: 'Tag', many: 'Tags' },
  places: { one: 'Place', many: 'Places' },
  people: { one: 'Person', many: 'People' },
  organisations: { one: 'Organisation', many: 'Organisations' },
};
