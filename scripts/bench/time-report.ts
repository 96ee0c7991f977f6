/** The numbers the bench reads from GNU time's `-v` report. */
export interface TimeReport {
  /** Peak resident set size of the largest single process in the tree, in bytes. */
  maxRssBytes: number;
  /** Wall time as GNU time measured it, in milliseconds. */
  elapsedMs: number;
  exitStatus: number;
}

/** Parses the report `/usr/bin/time -v -o <file>` writes; undefined when it holds no peak RSS line. */
export function parseTimeReport(text: string): TimeReport | undefined {
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text);
  if (!rss?.[1]) return undefined;
  const elapsed = /Elapsed \(wall clock\) time \([^)]*\):\s*(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(text);
  const [hours, minutes, seconds] = [elapsed?.[1] ?? '0', elapsed?.[2] ?? '0', elapsed?.[3] ?? '0'].map(Number) as [number, number, number];
  const status = /Exit status:\s*(\d+)/.exec(text);
  return {
    maxRssBytes: Number(rss[1]) * 1024,
    elapsedMs: ((hours * 60 + minutes) * 60 + seconds) * 1000,
    exitStatus: Number(status?.[1] ?? 0),
  };
}
