import { Injectable } from '@nestjs/common';
import {
  Actor,
  calendarDateIn,
  conventionGovernance,
  DomainError,
  minutesRevision,
  minutesStanding,
  sanitizeMarkdown,
} from '@passerelle/domain';
import { ClockPort } from '../../ports/clock';
import { ConventionRepository } from '../../ports/convention.repository';
import { GovernanceRepository } from '../../ports/governance.repository';
import { rematerialiseIn } from '../convention-governance';
import { conventionFor } from '../governance-access';
import { minutesView, MinutesView } from '../governance-views';
import { signatoriesOn } from '../minutes-context';

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
    private readonly conventions: ConventionRepository,
    private readonly governance: GovernanceRepository,
    private readonly clock: ClockPort,
  ) {}

  async execute(meetingId: string, command: WriteMinutesCommand, actor: Actor): Promise<MinutesView> {
    const convention = await conventionFor(
      this.conventions,
      this.governance,
      'meeting',
      meetingId,
      actor,
      'write',
    );
    const text = sanitizeMarkdown(command.text);
    if (!text.trim())
      throw new DomainError('invalid_input', 'text: the minutes are empty once raw HTML is removed', 'text');
    const now = this.clock.now();
    const today = calendarDateIn(now, convention.timeZone);
    return this.governance.transaction(convention.id, actor, async (tx) => {
      const doc = await tx.convention();
      const meeting = (await tx.meetings()).find((candidate) => candidate.id === meetingId);
      if (!meeting) throw new DomainError('not_found', `meeting ${meetingId} not found`, 'id');
      const signatories = signatoriesOn(doc, conventionGovernance(doc, await tx.facts()), meeting);
      const current = (await tx.minutesOf(meetingId)).find((minutes) => !minutes.supersededAt) ?? null;
      const circulatedOn = command.circulate ? today : null;
      let written;
      if (!current) {
        written = await tx.insertMinutes({ meetingId, version: 1, text, createdOn: today, circulatedOn });
      } else {
        const status = minutesStanding(current, signatories).status;
        if (current.text === text && (!command.circulate || status !== 'draft')) {
          return minutesView(current, signatories, await tx.files());
        }
        if (minutesRevision(status) === 'edit_in_place') {
          written = await tx.updateMinutes(current.id, {
            text,
            ...(command.circulate ? { circulatedOn } : {}),
          });
        } else {
          await tx.supersedeMinutes(current.id);
          written = await tx.insertMinutes({
            meetingId,
            version: current.version + 1,
            text,
            createdOn: today,
            circulatedOn,
          });
        }
      }
      await rematerialiseIn(tx, doc, now);
      return minutesView(written, signatories, await tx.files());
    });
  }
}
