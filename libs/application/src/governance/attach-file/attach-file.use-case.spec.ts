import { aStoredConvention, anOfficer, useCaseOnMemory } from '@passerelle/testing';
import { AttachFileUseCase } from './attach-file.use-case';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const upload = (content = PDF, contentType = 'application/pdf') => ({
  filename: 'pv/../signé.pdf',
  contentType,
  content,
});

describe('AttachFileUseCase (in-memory ports)', () => {
  it('keeps one copy of the same bytes for the same owner (a retried upload)', async () => {
    const { useCase, store } = await useCaseOnMemory(AttachFileUseCase);
    const convention = aStoredConvention(store);
    const owner = {
      kind: 'document' as const,
      conventionId: convention.id,
      documentKind: 'signed_text' as const,
      title: ' Texte ',
    };
    const first = await useCase.execute(convention, owner, upload(), anOfficer);
    const again = await useCase.execute(convention, owner, upload(), anOfficer);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ kind: 'signed_text', title: 'Texte', url: `/api/files/${first.id}` });
    expect(first.filename).not.toContain('/');
    expect(store.files).toHaveLength(1);
  });

  it('refuses what is not a PDF, by its type or by its bytes (400 on file), before locking anything', async () => {
    const { useCase, store } = await useCaseOnMemory(AttachFileUseCase);
    const convention = aStoredConvention(store);
    const owner = { kind: 'document' as const, conventionId: convention.id, documentKind: 'other' as const };
    for (const file of [upload(PDF, 'text/plain'), upload(Buffer.from('<html>'))]) {
      await expect(useCase.execute(convention, owner, file, anOfficer)).rejects.toMatchObject({
        code: 'invalid_input',
        field: 'file',
      });
    }
    expect([store.files, store.locks]).toEqual([[], []]);
  });
});
