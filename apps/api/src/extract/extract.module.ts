import { Module } from '@nestjs/common';
import {
  DocumentReader,
  ExtractFromFileUseCase,
  ExtractFromTextUseCase,
  ExtractionJobRepository,
  GetExtractionJobUseCase,
} from '@passerelle/application';
import { FileDocumentReader } from '@passerelle/file-reading';
import { TypeormExtractionJobRepository } from '@passerelle/persistence';
import { DataSource } from 'typeorm';
import { ExtractController } from './extract.controller';

/** POST /api/extract and its OCR jobs (CONTRACT §6). */
@Module({
  controllers: [ExtractController],
  providers: [
    ExtractFromTextUseCase,
    ExtractFromFileUseCase,
    GetExtractionJobUseCase,
    { provide: DocumentReader, useClass: FileDocumentReader },
    {
      provide: ExtractionJobRepository,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => new TypeormExtractionJobRepository(dataSource),
    },
  ],
})
export class ExtractModule {}
