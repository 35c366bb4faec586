import { useEffect, useRef, useState } from 'react';
import { api } from './api';
import { ClauseSource, ConventionDocument, DeadlineKind, DeadlineStatus } from './types';

export interface Preview {
  startsOn: string | null;
  endsOn: string | null;
  deadlines: Array<{
    kind: DeadlineKind;
    dueOn: string;
    status: DeadlineStatus;
    source: ClauseSource | null;
  }>;
}

/** The deadlines these clauses would give, recomputed by the API as the officer types (nothing saved). */
export function useDeadlinePreview(document: ConventionDocument | null): {
  preview: Preview | null;
  error: string | null;
} {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!document) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const body = {
        document: {
          ...document,
          reference: document.reference || 'PREVIEW',
          title: document.title || 'preview',
          // An unfinished commitment line does not hold up the preview of the dates.
          financialCommitments: (document.financialCommitments ?? []).filter(
            (line) => line.party && Number.isFinite(line.amount),
          ),
          parties: document.parties.map((party, index) => ({
            ...party,
            name: party.name || `#${index + 1}`,
          })),
        },
      };
      api<Preview>('/api/conventions/preview-deadlines', { method: 'POST', body })
        .then((result) => {
          setPreview(result);
          setError(null);
        })
        .catch((caught: Error) => setError(caught.message));
    }, 400);
    return () => window.clearTimeout(timer.current);
  }, [document]);
  return { preview, error };
}
