import { useI18n } from '../../i18n/i18n';
import { Link } from '../../lib/router';
import { ConventionSection } from './section';

/** The page's in-page menu: one link per section, the current one marked. */
export function SectionMenu({
  base,
  sections,
  current,
}: {
  base: string;
  sections: ConventionSection[];
  current: string;
}) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('convention.sections')} className="section-menu">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <Link
              to={section.id === sections[0].id ? base : `${base}?section=${section.id}`}
              aria-current={section.id === current ? 'location' : undefined}
              scroll={false}
            >
              {t(section.titleKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
