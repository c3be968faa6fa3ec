import { BenchResult } from './report';

/** A benchmark: prepares its own data and platform, measures, and cleans up after itself. */
export interface Bench {
  name: string;
  run(log: (message: string) => void): Promise<BenchResult>;
}
