// Graceful shutdown of the HTTP server: counts requests in flight, and on close stops accepting
// connections, ends the notification streams, lets in-flight requests finish (up to a grace
// period), then drops every connection.
import type { Server, ServerResponse } from 'node:http';

export class Drain {
  private inFlight = 0;
  private drained: (() => void) | undefined;
  private closing_ = false;

  constructor(private readonly server: Server) {}

  get closing(): boolean {
    return this.closing_;
  }

  /** Counts a request until its response closes. */
  track(res: ServerResponse): void {
    this.inFlight++;
    res.on('close', () => {
      this.inFlight--;
      if (this.closing_) {
        this.server.closeIdleConnections();
        if (this.inFlight === 0) this.drained?.();
      }
    });
  }

  /**
   * Stops accepting connections, runs `beforeWait` (ending streams that would never finish), waits
   * for in-flight requests at most `graceMs`, then closes every connection.
   */
  async close(graceMs: number, beforeWait: () => void): Promise<void> {
    this.closing_ = true;
    const stopped = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    beforeWait();
    if (this.inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => (this.drained = resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
    }
    this.server.closeAllConnections();
    await stopped;
  }
}
