import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConventionEntity } from './convention.entity';

@Entity('convention_parties')
export class PartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ConventionEntity, (convention) => convention.parties, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'convention_id' })
  convention: ConventionEntity;

  @Column('int')
  position: number;

  @Column('text')
  name: string;

  @Column('char', { length: 2 })
  country: string;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  @Column('text', { nullable: true })
  level: string | null;

  @Column('text', { nullable: true })
  representative: string | null;

  @Column('text', { name: 'representative_title', nullable: true })
  representativeTitle: string | null;

  @Column('date', { name: 'deliberation_on', nullable: true })
  deliberationOn: string | null;

  @Column('date', { name: 'signed_on', nullable: true })
  signedOn: string | null;

  @Column('date', { name: 'prefecture_transmission_on', nullable: true })
  prefectureTransmissionOn: string | null;

  @Column('text', { name: 'prefecture_receipt_number', nullable: true })
  prefectureReceiptNumber: string | null;

  @Column('date', { name: 'visa_on', nullable: true })
  visaOn: string | null;

  @Column('text', { name: 'visa_authority', nullable: true })
  visaAuthority: string | null;
}
