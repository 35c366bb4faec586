import { AmendmentsSection } from './AmendmentsSection';
import { DeadlinesSection } from './DeadlinesSection';
import { DocumentsSection } from './DocumentsSection';
import { HistorySection } from './HistorySection';
import { MeetingsSection } from './MeetingsSection';
import { NotesSection } from './NotesSection';
import { OverviewSection } from './OverviewSection';
import { RenewalSection } from './RenewalSection';
import { ConventionSection } from './section';

/**
 * The convention page's sections, in menu order. A new section is one component taking
 * ConventionSectionProps and one line here (its id, its title key, the component).
 */
export const CONVENTION_SECTIONS: ConventionSection[] = [
  { id: 'overview', titleKey: 'convention.section.overview', Component: OverviewSection },
  { id: 'deadlines', titleKey: 'convention.deadlines', Component: DeadlinesSection },
  { id: 'renewal', titleKey: 'renewal.title', Component: RenewalSection },
  { id: 'meetings', titleKey: 'meetings.title', Component: MeetingsSection },
  { id: 'amendments', titleKey: 'amendments.title', Component: AmendmentsSection },
  { id: 'documents', titleKey: 'documents.title', Component: DocumentsSection },
  { id: 'notes', titleKey: 'notes.title', Component: NotesSection },
  { id: 'history', titleKey: 'convention.history', Component: HistorySection },
];
