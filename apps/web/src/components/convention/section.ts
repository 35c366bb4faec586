import { ComponentType } from 'react';
import { Convention } from '../../lib/types';

/** What every section of the convention page receives. */
export interface ConventionSectionProps {
  convention: Convention;
  /** An officer or an admin: may change this convention. */
  writable: boolean;
  /** Bumped after any write on the page: each section's data is read again. */
  revision: number;
  /** Call after a write: the convention, its status and every section are read again. */
  changed(): void;
}

export interface ConventionSection {
  /** In the address (`?section=deadlines`) and the element's id. */
  id: string;
  /** Translation key of the menu entry and the section's heading. */
  titleKey: string;
  Component: ComponentType<ConventionSectionProps>;
}
