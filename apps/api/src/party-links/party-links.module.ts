import { Module } from '@nestjs/common';
import { AnswerPartyLinkUseCase, ListPartyLinksUseCase } from '@passerelle/application';
import { PartyLinksController } from './party-links.controller';

@Module({
  controllers: [PartyLinksController],
  providers: [ListPartyLinksUseCase, AnswerPartyLinkUseCase],
})
export class PartyLinksModule {}
