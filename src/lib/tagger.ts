// compromise, with less work per sentence and the same tags: a quicker first
// step in its pattern sweep (same patterns, same order), and without its
// last step, which groups terms into phrase chunks and sets no tags.
import nlp from 'compromise';

/** A compromise pattern net: patterns under the words and tags ("hooks") that can start them. */
export interface Net {
  hooks: Record<string, unknown[]>;
}

type BulkMatch = (document: unknown[], net: Net, methods: Methods, options: unknown) => unknown;
interface Methods {
  one: { bulkMatch: BulkMatch; cacheDoc: (document: unknown[]) => Set<string>[] };
}

const methods = nlp.methods() as unknown as Methods;
const bulkMatch = methods.one.bulkMatch;

// Each hook's place in its net, made once per net.
const hookOrders = new WeakMap<object, Map<string, number>>();

function hookOrder(hooks: Net['hooks']): Map<string, number> {
  let order = hookOrders.get(hooks);
  if (!order) {
    order = new Map(Object.keys(hooks).map((key, index) => [key, index]));
    hookOrders.set(hooks, order);
  }
  return order;
}

/**
 * The net with only the hooks that occur somewhere in the document, in the
 * net's own order. compromise tests every hook of the net (thousands) against
 * every sentence; with many short sentences, as the name classifier tags,
 * that was over a third of the tagger's time. The sentences get the same
 * candidate patterns in the same order, so the same tags.
 */
export function netForDocument(net: Net, caches: Set<string>[]): Net {
  const order = hookOrder(net.hooks);
  const present = new Set<string>();
  for (const cache of caches) for (const key of cache) if (order.has(key)) present.add(key);
  const hooks: Net['hooks'] = {};
  for (const key of [...present].sort((a, b) => order.get(a)! - order.get(b)!)) hooks[key] = net.hooks[key]!;
  return { ...net, hooks };
}

nlp.extend({
  methods: {
    one: {
      bulkMatch: (document: unknown[], net: Net, viewMethods: Methods, options: unknown) =>
        bulkMatch(document, netForDocument(net, viewMethods.one.cacheDoc(document)), viewMethods, options),
    },
  },
} as Parameters<typeof nlp.extend>[0]);

// The chunker (compromise's last step, 9 % of a classifier run) only sets
// each term's chunk ("Noun", "Verb"), which nothing here reads.
const world = nlp.world() as unknown as { hooks: string[] };
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');

export default nlp;
