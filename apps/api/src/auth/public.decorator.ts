import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'passerelle:public';

/** The few routes reachable without a session: health, login, password reset, invitation, feed. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
