export type Role = 'admin' | 'officer' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'officer', 'viewer'];
export type Language = 'fr' | 'en' | 'ar';
export const LANGUAGES: readonly Language[] = ['fr', 'en', 'ar'];

/** Who is acting: the signed-in user, as every use case receives it. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  organizationId: string | null;
  language: Language;
}
