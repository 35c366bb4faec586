import { useI18n } from '../../i18n/i18n';
import { countryOptions } from '../../lib/countries';
import { chosen, PARTY_LEVELS } from '../../lib/convention-form';
import { Party } from '../../lib/types';
import { Button, CheckboxField, SelectField, TextField } from '../../ui';

/** One party of the convention; "this party is my organization" fills in its name and country. */
export function PartyFieldset({
  party,
  index,
  organization,
  removable,
  onChange,
  onRemove,
  error,
}: {
  party: Party;
  index: number;
  /** The officer's organization, when they belong to one. */
  organization: { id: string; name: string; country: string } | null;
  removable: boolean;
  onChange(patch: Partial<Party>): void;
  onRemove(): void;
  error(field: string): string | null;
}) {
  const { t, locale } = useI18n();
  const mine = organization !== null && party.organizationId === organization.id;
  return (
    <fieldset className="group">
      <legend>{party.name || t('editor.party.n', { n: index + 1 })}</legend>
      {organization && (
        <CheckboxField
          label={t('editor.party.mine')}
          checked={mine}
          onChange={(event) =>
            onChange(
              event.target.checked
                ? {
                    organizationId: organization.id,
                    name: party.name.trim() ? party.name : organization.name,
                    country: organization.country,
                  }
                : { organizationId: null },
            )
          }
        />
      )}
      <div className="fields">
        <TextField
          label={t('party.name')}
          required
          value={party.name}
          error={error(`parties[${index}].name`)}
          onChange={(event) => onChange({ name: event.target.value })}
        />
        <SelectField
          label={t('party.country')}
          required
          value={party.country}
          error={error(`parties[${index}].country`)}
          onChange={(event) => onChange({ country: event.target.value })}
          options={countryOptions(locale)}
        />
        <SelectField
          label={t('party.level')}
          value={party.level ?? 'commune'}
          onChange={(event) => onChange({ level: chosen(PARTY_LEVELS, event.target.value) })}
          options={PARTY_LEVELS.map((value) => ({ value, label: t(`party.level.${value}`) }))}
        />
        <TextField
          label={t('editor.party.representative')}
          value={party.representative ?? ''}
          onChange={(event) => onChange({ representative: event.target.value })}
        />
        <TextField
          label={t('editor.party.representativeTitle')}
          value={party.representativeTitle ?? ''}
          onChange={(event) => onChange({ representativeTitle: event.target.value })}
        />
        <TextField
          label={t('party.deliberationOn')}
          type="date"
          value={party.deliberationOn ?? ''}
          onChange={(event) => onChange({ deliberationOn: event.target.value || null })}
        />
        <TextField
          label={t('party.signedOn')}
          type="date"
          value={party.signedOn ?? ''}
          onChange={(event) => onChange({ signedOn: event.target.value || null })}
        />
        {party.country === 'FR' && (
          <TextField
            label={t('party.prefectureTransmissionOn')}
            type="date"
            value={party.prefectureTransmissionOn ?? ''}
            onChange={(event) => onChange({ prefectureTransmissionOn: event.target.value || null })}
          />
        )}
      </div>
      {removable && (
        <div className="row">
          <Button size="sm" variant="danger" onClick={onRemove}>
            {t('editor.party.remove')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
