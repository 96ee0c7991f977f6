import { readFileSync } from 'node:fs';
import { processTree } from './process-tree.ts';

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

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s*(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // ended, or no /proc
  }
}

/**
 * Samples the resident memory of a process tree from /proc every
 * `intervalMs` (Linux only; elsewhere the peaks stay 0). Peaks shorter than
 * the interval can be missed; GNU time's figure, where there is one, is exact.
 */
export function sampleTreeRss(rootPid: number, intervalMs = 50): TreeRssSampler {
  const peaks: TreeRssPeaks = { treeBytes: 0, processBytes: 0, samples: 0 };
  const sample = () => {
    const sizes = processTree(rootPid).map(rssBytes);
    peaks.treeBytes = Math.max(peaks.treeBytes, sizes.reduce((sum, size) => sum + size, 0));
    peaks.processBytes = Math.max(peaks.processBytes, ...sizes);
    peaks.samples++;
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
