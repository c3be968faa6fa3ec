import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  AuthResult,
  ClientsSubjects,
  Envelope,
  RefreshPayload,
  RevokedSession,
  RevokedSessionsPayload,
  SignInPayload,
  SignOutPayload,
  SignUpPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { SessionRevocations } from './session-revocations.service';
import { SessionsService } from './sessions.service';
import { SignInService } from './sign-in.service';
import { SignUpService } from './sign-up.service';

/** Signing up, in and out, and refreshing sessions: reached before the caller is signed in. */
@Controller()
export class AuthController {
  constructor(
    private readonly signUps: SignUpService,
    private readonly signIns: SignInService,
    private readonly sessions: SessionsService,
    private readonly revocations: SessionRevocations,
  ) {}

  @MessagePattern(ClientsSubjects.auth.signUp)
  signUp(@Env() envelope: Envelope, @Data(SignUpPayload) payload: SignUpPayload): Promise<AuthResult> {
    return this.signUps.signUp(payload, envelope);
  }

  @MessagePattern(ClientsSubjects.auth.signIn)
  signIn(@Data(SignInPayload) payload: SignInPayload): Promise<AuthResult> {
    return this.signIns.signIn(payload);
  }

  @MessagePattern(ClientsSubjects.auth.refresh)
  refresh(@Env() envelope: Envelope, @Data(RefreshPayload) payload: RefreshPayload): Promise<AuthResult> {
    return this.sessions.refresh(payload, envelope);
  }

  @MessagePattern(ClientsSubjects.auth.signOut)
  signOut(@Env() envelope: Envelope, @Data(SignOutPayload) payload: SignOutPayload): Promise<boolean> {
    return this.sessions.signOut(payload, envelope);
  }

  /** For the gateway: sessions ended since an instant, whose access tokens it must refuse. */
  @MessagePattern(ClientsSubjects.session.revokedSince)
  revokedSince(@Data(RevokedSessionsPayload) payload: RevokedSessionsPayload): Promise<RevokedSession[]> {
    return this.revocations.revokedSince(payload);
  }
}
