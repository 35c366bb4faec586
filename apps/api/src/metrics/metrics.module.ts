import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

@Module({
  controllers: [MetricsController],
  providers: [MetricsService],
  exports: [MetricsService],
})
export class MetricsModule implements NestModule {
  constructor(private readonly metrics: MetricsService) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply((request: Request, response: Response, next: NextFunction) => {
        const end = this.metrics.httpSeconds.startTimer();
        response.on('finish', () => {
          // The route's pattern (`/api/conventions/:id`), never the raw URL: bounded label values.
          const pattern = (request.route as { path?: string } | undefined)?.path;
          const route = pattern ? `${request.baseUrl}${pattern}` : 'unmatched';
          end({ method: request.method, route, status: String(response.statusCode) });
        });
        next();
      })
      .forRoutes('{*splat}');
  }
}
