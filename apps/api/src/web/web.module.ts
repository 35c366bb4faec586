import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { GetCalendarUseCase } from '@passerelle/application';
import { DashboardController } from './dashboard/dashboard.controller';
import { GetDashboardQuery } from './dashboard/get-dashboard.query';
import { PreviewDeadlinesController } from './preview/preview-deadlines.controller';
import { serveWebApp } from './serve-web-app.middleware';
import { WebReadModel } from './web-read-model';

/** Issue 7: the officers' web app (served from apps/web/dist at `/`) and the routes it reads. */
@Module({
  controllers: [PreviewDeadlinesController, DashboardController],
  providers: [GetDashboardQuery, GetCalendarUseCase, WebReadModel],
})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(serveWebApp()).forRoutes({ path: '{*path}', method: RequestMethod.GET });
  }
}
