// Every page is valid HTML (html-validate, recommended rules, zero errors).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from './read-site.ts';

const { dist } = inject('siteRoot');

describe('HTML validity', () => {
  it('has no html-validate errors on any page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes void elements without a slash; both forms are valid HTML.
        'void-style': 'off',
        // Long summaries and JSON-LD are data, not prose to wrap.
        'long-title': 'off',
        // role="list" is deliberate: Safari drops list semantics from lists styled without bullets.
        'no-redundant-role': 'off',
      },
    });
    const problems: string[] = [];
    for (const file of htmlPages(dist)) {
      const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
      for (const result of report.results) for (const message of result.messages) if (message.severity === 2) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    expect(problems.slice(0, 40)).toEqual([]);
  });
});
