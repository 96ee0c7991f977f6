/**
 * Runs steps of concurrent tasks one at a time in task order: the step of
 * task i starts only after the step of task i − 1 has finished. The ingest
 * uses it so that which of two identical files counts as the original, and
 * which of two same-headline articles gets the plain slug, never depends on
 * which worker happened to finish first.
 */
export function inOrder(count: number): <T>(index: number, step: () => T | Promise<T>) => Promise<T> {
  const done: Promise<void>[] = [];
  const release: (() => void)[] = [];
  for (let index = 0; index < count; index++) done.push(new Promise((resolve) => release.push(resolve)));
  return async (index, step) => {
    if (index > 0) await done[index - 1];
    try {
      return await step();
    } finally {
      release[index]?.();
    }
  };
}
