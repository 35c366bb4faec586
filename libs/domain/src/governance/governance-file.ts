export type FileKind =
  | 'minutes'
  | 'evaluation'
  | 'signed_text'
  | 'deliberation'
  | 'prefecture_acknowledgment'
  | 'governor_visa'
  | 'other';

/** The kinds of a convention's own documents (not attached to minutes or an evaluation). */
export const DOCUMENT_KINDS: readonly FileKind[] = [
  'signed_text',
  'deliberation',
  'prefecture_acknowledgment',
  'governor_visa',
  'other',
];

/** A stored PDF (attachment of minutes or an evaluation, or a document of the convention). */
export interface StoredFile {
  id: string;
  conventionId: string;
  kind: FileKind;
  minutesId: string | null;
  evaluationId: string | null;
  title: string | null;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

/** Which record a file belongs to (none: a document of the convention). */
export interface AttachmentOwner {
  kind: FileKind;
  minutesId?: string | null;
  evaluationId?: string | null;
}
