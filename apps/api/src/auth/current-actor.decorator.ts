import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from '@passerelle/domain';

export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor =>
    context.switchToHttp().getRequest<{ actor: Actor }>().actor,
);
