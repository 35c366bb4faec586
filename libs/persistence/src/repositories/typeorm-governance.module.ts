import { Global, Module } from '@nestjs/common';
import { ClockPort, GovernanceReader, GovernanceRepository } from '@passerelle/application';
import { DataSource } from 'typeorm';
import { TypeormGovernanceRepository } from './typeorm-governance.repository';

/** Binds the governance ports (meetings, minutes, amendments…) once, for every module. */
@Global()
@Module({
  providers: [
    {
      provide: GovernanceRepository,
      useFactory: (dataSource: DataSource, clock: ClockPort) =>
        new TypeormGovernanceRepository(dataSource, clock),
      inject: [DataSource, ClockPort],
    },
    { provide: GovernanceReader, useExisting: GovernanceRepository },
  ],
  exports: [GovernanceRepository, GovernanceReader],
})
export class GovernancePersistenceModule {}
