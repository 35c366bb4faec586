import { ConventionDocument } from '../conventions/convention';
import { isFrench } from '../conventions/party-country';
import { prefectureReviewClosesOn } from '../compliance/prefecture-review';
import { Deadline, deadlineKey } from './deadline';

/**
 * `prefecture_review`: the day the prefect's two-month legality review closes for each French
 * party's transmission (CGCT L2131-6). Not a clause of the text: the law's, so no source.
 */
export function prefectureReviewDeadlines(doc: ConventionDocument): Deadline[] {
  return doc.parties
    .filter((party) => isFrench(party.country) && party.prefectureTransmissionOn)
    .map((party) => {
      const dueOn = prefectureReviewClosesOn(party.prefectureTransmissionOn!);
      return {
        kind: 'prefecture_review' as const,
        dueOn,
        key: deadlineKey('prefecture_review', dueOn),
        source: null,
        clause: null,
        termIndex: null,
      };
    });
}
