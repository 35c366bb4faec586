import { DynamicModule, Global, Module } from '@nestjs/common';
import { ClockPort } from './ports/clock';
import { DEFAULT_TIME_ZONE } from './tokens';

@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: ClockPort, defaultTimeZone: string): DynamicModule {
    return {
      module: ClockModule,
      providers: [
        { provide: ClockPort, useValue: clock },
        { provide: DEFAULT_TIME_ZONE, useValue: defaultTimeZone },
      ],
      exports: [ClockPort, DEFAULT_TIME_ZONE],
    };
  }
}
