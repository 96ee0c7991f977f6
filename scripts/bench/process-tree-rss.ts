import { readdirSync, readFileSync } from 'node:fs';

/** Peaks seen while sampling a process and its descendants. */
export interface TreeRssPeaks {
  /** Highest sum of the resident sets of the whole tree at one sample, in bytes. */
  treeBytes: number;
  /** Highest resident set of any single process of the tree, in bytes. */
  processBytes: number;
  samples: number;
}

/** A running sampler; `stop()` ends it and returns the peaks. */
export interface TreeRssSampler {
  stop(): TreeRssPeaks;
}

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
};

function parentOf(pid: string): number | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

function rssBytes(pid: number): number {
  const match = /VmRSS:\s*(\d+)\s*kB/.exec(readText(`/proc/${pid}/status`) ?? '');
  return match?.[1] ? Number(match[1]) * 1024 : 0;
}

/** Resident set of `rootPid` and of each of its descendants now, in bytes. */
export function treeRss(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(entry);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  const sizes: number[] = [];
  const queue = [rootPid];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    sizes.push(rssBytes(pid));
    queue.push(...(children.get(pid) ?? []));
  }
  return sizes;
}

/**
 * Samples the resident memory of a process tree from /proc every
 * `intervalMs` (Linux only; elsewhere the peaks stay 0). Peaks shorter than
 * the interval can be missed; GNU time's figure, where there is one, is exact.
 */
export function sampleTreeRss(rootPid: number, intervalMs = 50): TreeRssSampler {
  const peaks: TreeRssPeaks = { treeBytes: 0, processBytes: 0, samples: 0 };
  const sample = () => {
    try {
      const sizes = treeRss(rootPid);
      peaks.treeBytes = Math.max(peaks.treeBytes, sizes.reduce((sum, size) => sum + size, 0));
      peaks.processBytes = Math.max(peaks.processBytes, ...sizes);
      peaks.samples++;
    } catch {
      // no /proc: nothing to sample
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peaks;
    },
  };
}
