import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConventionEntity } from './convention.entity';

/** One clause of a convention: its settings, and the article and sentence of the text it comes from. */
@Entity('convention_clauses')
export class ClauseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ConventionEntity, (convention) => convention.clauses, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'convention_id' })
  convention: ConventionEntity;

  @Column('text')
  kind: string;

  @Column('jsonb')
  settings: Record<string, unknown>;

  @Column('text', { name: 'source_article', nullable: true })
  sourceArticle: string | null;

  @Column('text', { name: 'source_quote', nullable: true })
  sourceQuote: string | null;
}
