import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyNames, rememberClassified } from '../../src/lib/entities/classify-names.ts';
import { createArticlePool } from '../../src/ingest/article-pool.ts';
import { processArticle, processedFile } from '../../src/lib/article/process-article.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

describe('the article pool', () => {
  it('gives on worker threads, which share the names they classify, what one thread gives', async () => {
    const names = readdirSync(fixtures);
    // Every fixture in three rounds, each in another order, so that a file's
    // names were classified by the other worker in an earlier round.
    const rounds = [0, 1, 2].map((round) =>
      [...names.slice(round * 9), ...names.slice(0, round * 9)].map((name) => ({
        bytes: new Uint8Array(readFileSync(join(fixtures, name, 'input.txt'))),
        context: { file: `${round}/${name}.txt`, sha256: String(round).repeat(64), today: '2026-11-28', folderTag: round === 1 ? 'business' : undefined },
      })),
    );
    const inputs = rounds.flat();
    expect(inputs.length).toBeGreaterThanOrEqual(60);

    const pool = createArticlePool(inputs.length, 2);
    try {
      const onWorkers = [];
      for (const round of rounds) onWorkers.push(...(await Promise.all(round.map((input) => pool.process(input.bytes, input.context)))));
      const inThisThread = inputs.map((input) => processedFile(processArticle(input.bytes, input.context)));
      expect(onWorkers).toEqual(inThisThread);
    } finally {
      await pool.close();
    }
  });
});

describe('sharing classified names between threads', () => {
  it('hands out each newly classified phrase once, with its names', () => {
    const { names, classified } = classifyNames(['Abdoulaye Diop', 'Bamako']);
    expect(classified.map(([phrase]) => phrase)).toEqual(['Abdoulaye Diop', 'Bamako']);
    expect(classified.flatMap(([, entities]) => entities)).toEqual([...names.values()].flat());
    expect(classifyNames(['Abdoulaye Diop']).classified).toEqual([]);
  });

  it('answers a remembered phrase from what another thread found', () => {
    rememberClassified([['Qoraxley Vantobe', [{ kind: 'organisation', name: 'Qoraxley Vantobe' }]]]);
    const { names, classified } = classifyNames(['Qoraxley Vantobe']);
    expect(names.get('Qoraxley Vantobe')).toEqual([{ kind: 'organisation', name: 'Qoraxley Vantobe' }]);
    expect(classified).toEqual([]);
  });
});
