import type { TopicKind } from './site-index.ts';

/** How each kind of topic is named on pages: singular and plural. */
export const TOPIC_LABELS: Record<TopicKind, { one: string; many: string }> = {
  tags: { one: 'Tag', many: 'Tags' },
  places: { one: 'Place', many: 'Places' },
  people: { one: 'Person', many: 'People' },
  organisations: { one: 'Organisation', many: 'Organisations' },
};

