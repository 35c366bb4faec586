import { Party } from '../conventions/convention';
import { isFrench } from '../conventions/party-country';
import { IsoDate } from '../shared/calendar-date';
import { ComplianceItem } from './compliance-item';
import { item } from './compliance-item-of';
import { prefectureReviewClosesOn } from './prefecture-review';

/**
 * The council deliberates on the convention before it is signed (loi organique 113-14 art. 92,
 * 111-14 art. 98, 112-14 art. 91 list decentralized-cooperation conventions among its powers).
 */
export function maDeliberationItem({ name: party, deliberationOn, signedOn }: Party): ComplianceItem {
  const rule = 'ma_deliberation';
  if (!deliberationOn) return item(rule, false, 'missing', { party });
  if (!signedOn) return item(rule, true, 'pending_signature', { party, deliberationOn });
  if (deliberationOn > signedOn)
    return item(rule, false, 'after_signature', { party, deliberationOn, signedOn });
  return item(rule, true, 'ok', { party, deliberationOn, signedOn });
}

/** Without the supervisory visa the deliberation, hence the convention, is not executory in Morocco. */
export function maVisaItem({ name: party, visaOn, visaAuthority }: Party): ComplianceItem {
  if (!visaOn) return item('ma_visa', false, 'missing', { party });
  return item('ma_visa', true, 'ok', { party, visaOn, authority: visaAuthority ?? 'other' });
}

/** CGCT L2131-6: the prefect may refer the act to the administrative court within two months. */
export function prefectureReviewItem(party: Party, today: IsoDate): ComplianceItem {
  const { name, prefectureTransmissionOn } = party;
  if (!prefectureTransmissionOn) return item('prefecture_review', false, 'not_transmitted', { party: name });
  const closesOn = prefectureReviewClosesOn(prefectureTransmissionOn);
  const receipt = party.prefectureReceiptNumber ?? '';
  const params = { party: name, transmittedOn: prefectureTransmissionOn, closesOn, receipt };
  return today <= closesOn
    ? item('prefecture_review', true, 'open', params)
    : item('prefecture_review', true, 'closed', params);
}

/** CGCT L1115-5: no convention between a French authority and a foreign State. */
export function foreignStateItem(parties: Party[]): ComplianceItem {
  const state = parties.find((party) => party.level === 'state' && !isFrench(party.country));
  return state
    ? item('no_foreign_state', false, 'foreign_state', { party: state.name, country: state.country })
    : item('no_foreign_state', true, 'ok');
}
