import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ClauseEntity } from './clause.entity';
import { FinancialCommitmentEntity } from './financial-commitment.entity';
import { PartyEntity } from './party.entity';

@Entity('conventions')
export class ConventionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('conventions_reference_key', { unique: true })
  @Column('text')
  reference: string;

  @Column('text')
  title: string;

  @Column('text')
  instrument: string;

  @Column('text')
  language: string;

  @Column('text', { nullable: true })
  object: string | null;

  @Column('text', { name: 'time_zone' })
  timeZone: string;

  @Column('date', { name: 'effective_on', nullable: true })
  effectiveOn: string | null;

  @Column('date', { name: 'terminated_on', nullable: true })
  terminatedOn: string | null;

  /** Derived from the clauses at write time so that `?status=` filters in SQL. */
  @Column('date', { name: 'starts_on', nullable: true })
  startsOn: string | null;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn: string | null;

  @Column('boolean', { name: 'any_signed' })
  anySigned: boolean;

  @Column('boolean', { name: 'all_signed' })
  allSigned: boolean;

  @OneToMany(() => PartyEntity, (party) => party.convention, { cascade: true })
  parties: PartyEntity[];

  @OneToMany(() => ClauseEntity, (clause) => clause.convention, { cascade: true })
  clauses: ClauseEntity[];

  @OneToMany(() => FinancialCommitmentEntity, (commitment) => commitment.convention, { cascade: true })
  financialCommitments: FinancialCommitmentEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
