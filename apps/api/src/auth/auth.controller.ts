import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  LoginUseCase,
  LogoutUseCase,
  RedeemAccountLinkUseCase,
  QueuePasswordResetUseCase,
} from '@passerelle/application';
import { Request, Response } from 'express';
import { LoginDto, PasswordResetRequestDto, RedeemLinkDto } from './dto/auth.dto';
import { AuthThrottled } from '../security/auth-throttle';
import { Public } from './public.decorator';
import { SESSION_COOKIE, sessionTokenOf } from './session-token';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly login: LoginUseCase,
    private readonly logout: LogoutUseCase,
    private readonly queueReset: QueuePasswordResetUseCase,
    private readonly redeem: RedeemAccountLinkUseCase,
  ) {}

  /** `{accessToken}` for the API; the same session also set as an httpOnly cookie for the web UI. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @AuthThrottled('login')
  async signIn(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const session = await this.login.execute(body.email, body.password);
    response.cookie(SESSION_COOKIE, session.accessToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.secure,
      path: '/',
      expires: new Date(session.expiresAt),
    });
    return session;
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = sessionTokenOf(request);
    if (token) await this.logout.execute(token);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Always 202, answered before anything is looked up or sent: whether the address exists is not disclosed. */
  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @AuthThrottled('password_reset')
  askReset(@Body() body: PasswordResetRequestDto): { status: 'sent_if_known' } {
    this.queueReset.execute(body.email);
    return { status: 'sent_if_known' };
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @AuthThrottled('account_link')
  async confirmReset(@Body() body: RedeemLinkDto): Promise<void> {
    await this.redeem.execute('password_reset', body.token, body.password);
  }

  @Public()
  @Post('invitation/accept')
  @HttpCode(204)
  @AuthThrottled('account_link')
  async acceptInvitation(@Body() body: RedeemLinkDto): Promise<void> {
    await this.redeem.execute('invitation', body.token, body.password);
  }
}
