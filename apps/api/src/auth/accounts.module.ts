import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import {
  AccountMailQueue,
  AuthenticateCalendarTokenUseCase,
  AuthenticateUseCase,
  CreateOrganizationUseCase,
  CreateUserUseCase,
  EnsureAdminUseCase,
  GetConventionHistoryUseCase,
  GetMeUseCase,
  GetOrganizationNoteUseCase,
  IssueCalendarTokenUseCase,
  ListAuditUseCase,
  ListOrganizationsUseCase,
  ListUsersUseCase,
  LoginUseCase,
  LogoutUseCase,
  PasswordHasher,
  PutOrganizationNoteUseCase,
  QueuePasswordResetUseCase,
  RedeemAccountLinkUseCase,
  RequestPasswordResetUseCase,
  RevokeCalendarTokenUseCase,
  SendAccountLinkUseCase,
  UpdateMeUseCase,
} from '@passerelle/application';
import { AdminController } from '../admin/admin.controller';
import { ConventionNotesController } from '../me/convention-notes.controller';
import { MeController } from '../me/me.controller';
import { Argon2PasswordHasher } from './argon2-password-hasher';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';

@Module({
  controllers: [AuthController, AdminController, MeController, ConventionNotesController],
  providers: [
    { provide: PasswordHasher, useClass: Argon2PasswordHasher },
    { provide: APP_GUARD, useClass: AuthGuard },
    LoginUseCase,
    AuthenticateUseCase,
    LogoutUseCase,
    SendAccountLinkUseCase,
    RequestPasswordResetUseCase,
    AccountMailQueue,
    QueuePasswordResetUseCase,
    RedeemAccountLinkUseCase,
    EnsureAdminUseCase,
    CreateOrganizationUseCase,
    ListOrganizationsUseCase,
    CreateUserUseCase,
    ListUsersUseCase,
    GetMeUseCase,
    UpdateMeUseCase,
    IssueCalendarTokenUseCase,
    RevokeCalendarTokenUseCase,
    AuthenticateCalendarTokenUseCase,
    GetConventionHistoryUseCase,
    ListAuditUseCase,
    GetOrganizationNoteUseCase,
    PutOrganizationNoteUseCase,
  ],
  exports: [
    AccountMailQueue,
    EnsureAdminUseCase,
    AuthenticateCalendarTokenUseCase,
    GetConventionHistoryUseCase,
    GetOrganizationNoteUseCase,
    PutOrganizationNoteUseCase,
  ],
})
export class AccountsModule {}
