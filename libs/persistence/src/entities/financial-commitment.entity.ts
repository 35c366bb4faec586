import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConventionEntity } from './convention.entity';

@Entity('financial_commitments')
export class FinancialCommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ConventionEntity, (convention) => convention.financialCommitments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'convention_id' })
  convention: ConventionEntity;

  @Column('int')
  position: number;

  @Column('text')
  party: string;

  /** numeric comes back as a string from pg: exact amounts, converted in the mapper. */
  @Column('numeric', { precision: 14, scale: 2 })
  amount: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('int', { nullable: true })
  year: number | null;

  @Column('text', { nullable: true })
  note: string | null;
}
