import { ConventionPortfolio } from '../portfolio/ConventionPortfolio';
import { ConventionSectionProps } from './section';

/** Projects and budget lines, the partnership's history, contacts per party (issue 17). */
export function PortfolioSection({ convention }: ConventionSectionProps) {
  return <ConventionPortfolio conventionId={convention.id} />;
}
