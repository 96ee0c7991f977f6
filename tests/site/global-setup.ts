// Builds the site once from the test fixtures (at the domain root and under
// BASE_PATH=/brief/) for the built-site tests to parse.
import type { TestProject } from 'vitest/node';
import { buildFixtureSite } from './build-fixture-site.ts';

export default async function setup(project: TestProject): Promise<void> {
  const root = await buildFixtureSite({ basePath: '/' });
  const sub = await buildFixtureSite({ basePath: '/brief/' });
  project.provide('siteRoot', root);
  project.provide('siteSub', sub);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteRoot: { dist: string; content: string };
    siteSub: { dist: string; content: string };
  }
}
