import { Controller, Get, Inject, NotFoundException, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@passerelle/config';
import { Request, Response } from 'express';
import { metricsAccess } from '@passerelle/scheduler';
import { Public } from '../auth/public.decorator';
import { MetricsService } from './metrics.service';

/** Prometheus text for the platform's operators (CONTRACT §8): a token or an allowed address. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Req() request: Request, @Res() response: Response): Promise<void> {
    const access = metricsAccess(
      this.config.metrics,
      request.headers.authorization,
      request.socket.remoteAddress,
    );
    if (access === 'closed')
      throw new NotFoundException('metrics are not enabled (METRICS_TOKEN or METRICS_ALLOW)');
    if (access === 'unauthorized')
      throw new UnauthorizedException('metrics need METRICS_TOKEN or an allowed address');
    const { contentType, body } = await this.metrics.text();
    response.setHeader('Cache-Control', 'no-store');
    response.type(contentType).send(body);
  }
}
