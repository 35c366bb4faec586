import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class ListRemindersQuery {
  @ApiPropertyOptional({ enum: ['pending', 'sent', 'failed', 'cancelled'] })
  @IsOptional()
  @IsIn(['pending', 'sent', 'failed', 'cancelled'])
  status?: 'pending' | 'sent' | 'failed' | 'cancelled';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  conventionId?: string;

  @ApiPropertyOptional({ default: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 200;
}

export class FollowDto {
  @ApiProperty({ description: 'false mutes the convention’s reminders for the caller' })
  @IsBoolean()
  following: boolean;
}

export class ReminderPolicyDto {
  @ApiProperty({
    example: { action_plan: [90, 30, 7], committee_meeting: [60, 14] },
    description: 'days before the due date, per deadline kind; kinds not given keep their defaults',
  })
  @IsObject()
  leadDays: Record<string, number[]>;
}
