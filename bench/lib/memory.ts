/** Samples process memory at a fixed interval (and on demand) and keeps the maxima. */
export class MemorySampler {
  maxRss = 0;
  maxHeapUsed = 0;
  samples = 0;
  private timer: NodeJS.Timeout | null = null;

  start(intervalMs = 100): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  sample(): void {
    const usage = process.memoryUsage();
    this.maxRss = Math.max(this.maxRss, usage.rss);
    this.maxHeapUsed = Math.max(this.maxHeapUsed, usage.heapUsed);
    this.samples += 1;
  }

  stop(): { maxRssMb: number; maxHeapUsedMb: number; samples: number } {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return { maxRssMb: mb(this.maxRss), maxHeapUsedMb: mb(this.maxHeapUsed), samples: this.samples };
  }
}

export function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

export function currentMemory(): { rssMb: number; heapUsedMb: number } {
  const usage = process.memoryUsage();
  return { rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed) };
}
