import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import {
  Actor,
  calendarDateIn,
  conventionGovernance,
  DomainError,
  Minutes,
  minutesRevision,
  minutesStanding,
  sanitizeMarkdown,
  StoredConvention,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { GovernanceReader } from '../../ports/governance-reader';
import {
  AttachmentRepository,
  GovernedConventions,
  MeetingRepository,
  MinutesRepository,
} from '../../ports/governance';
import { rematerialise } from '../convention-governance';
import { minutesView, MinutesView } from '../governance-views';
import { meetingOf, signatoriesOn } from '../minutes-context';

export interface WriteMinutesCommand {
  /** Markdown; raw HTML is removed. */
  text: string;
  /** Circulate for signature at once (default: keep as a draft). */
  circulate?: boolean;
}

/**
 * Writes a meeting's procès-verbal. A draft is corrected in place; minutes circulated or signed
 * are locked, so a correction becomes a new version and the history keeps both. The same text
 * again changes nothing (a client retry).
 */
@Injectable()
export class WriteMinutesUseCase {
  constructor(
    private readonly governed: GovernedConventions,
    private readonly meetings: MeetingRepository,
    private readonly minutes: MinutesRepository,
    private readonly attachments: AttachmentRepository,
    private readonly facts: GovernanceReader,
    private readonly clock: ClockPort,
  ) {}

  @Transactional()
  async execute(
    convention: StoredConvention,
    meetingId: string,
    command: WriteMinutesCommand,
    actor: Actor,
  ): Promise<MinutesView> {
    const text = sanitizeMarkdown(command.text);
    if (!text.trim())
      throw new DomainError('invalid_input', 'text: the minutes are empty once raw HTML is removed', 'text');
    const now = this.clock.now();
    const today = calendarDateIn(now, convention.timeZone);
    const doc = await this.governed.lock(convention.id);
    const meeting = await meetingOf(this.meetings, doc, meetingId);
    const signatories = signatoriesOn(
      doc,
      conventionGovernance(doc, await this.facts.factsOf(doc.id)),
      meeting,
    );
    const current =
      (await this.minutes.ofMeeting(meetingId)).find((minutes) => !minutes.supersededAt) ?? null;
    const circulatedOn = command.circulate ? today : null;
    let written: Minutes;
    if (!current) {
      written = await this.minutes.insert(
        doc.id,
        { meetingId, version: 1, text, createdOn: today, circulatedOn },
        actor,
      );
    } else {
      const status = minutesStanding(current, signatories).status;
      if (current.text === text && (!command.circulate || status !== 'draft')) {
        return minutesView(current, signatories, await this.attachments.listOf(doc.id));
      }
      if (minutesRevision(status) === 'edit_in_place') {
        written = await this.minutes.update(
          current.id,
          { text, ...(command.circulate ? { circulatedOn } : {}) },
          actor,
        );
      } else {
        await this.minutes.supersede(current.id, actor);
        written = await this.minutes.insert(
          doc.id,
          { meetingId, version: current.version + 1, text, createdOn: today, circulatedOn },
          actor,
        );
      }
    }
    await rematerialise(this.governed, this.facts, doc, now);
    return minutesView(written, signatories, await this.attachments.listOf(doc.id));
  }
}
