import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import {
  GetCalendarUseCase,
  GetDashboardUseCase,
  ListConventionIndexUseCase,
  ListFollowChoicesUseCase,
} from '@passerelle/application';
import { DashboardController } from './dashboard/dashboard.controller';
import { PreviewDeadlinesController } from './preview/preview-deadlines.controller';
import { serveWebApp } from './serve-web-app.middleware';

/** Issue 7: the officers' web app (served from apps/web/dist at `/`) and the routes it reads. */
@Module({
  controllers: [PreviewDeadlinesController, DashboardController],
  providers: [GetDashboardUseCase, GetCalendarUseCase, ListConventionIndexUseCase, ListFollowChoicesUseCase],
})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(serveWebApp()).forRoutes({ path: '{*path}', method: RequestMethod.GET });
  }
}
