import { Global, Module } from '@nestjs/common';
import { PartyLinkRepository } from '@passerelle/application';
import { DataSource } from 'typeorm';
import { TypeormPartyLinkRepository } from './typeorm-party-link.repository';

/** Binds the party-link port once, for every module. */
@Global()
@Module({
  providers: [
    {
      provide: PartyLinkRepository,
      useFactory: (dataSource: DataSource) => new TypeormPartyLinkRepository(dataSource),
      inject: [DataSource],
    },
  ],
  exports: [PartyLinkRepository],
})
export class PartyLinkPersistenceModule {}
