import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';

/**
 * Says when a graceful shutdown has finished. Nest calls this last, after the HTTP server stopped
 * accepting requests and every module closed its connections, so the line is proof of a clean stop.
 */
@Injectable()
export class ShutdownLogger implements OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  onApplicationShutdown(signal?: string): void {
    this.logger.log(`Shut down cleanly${signal ? ` after ${signal}` : ''}`);
  }
}
