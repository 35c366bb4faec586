import { Injectable } from '@nestjs/common';
import { RequestPasswordResetUseCase } from '../auth.use-cases';
import { AccountMailQueue } from './account-mail-queue';

/**
 * Accepts a reset request and answers at once; looking the address up, writing the token and
 * sending the mail happen afterwards, from the queue. So the answer and its timing are the same
 * for a known and an unknown address, whether SMTP is up, slow or down.
 */
@Injectable()
export class QueuePasswordResetUseCase {
  constructor(
    private readonly queue: AccountMailQueue,
    private readonly requestReset: RequestPasswordResetUseCase,
  ) {}

  execute(email: string): void {
    this.queue.enqueue(() => this.requestReset.execute(email));
  }
}
